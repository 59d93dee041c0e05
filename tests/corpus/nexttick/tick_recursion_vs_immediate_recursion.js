// Recursive ticks all run before the loop moves; recursive immediates run one per check phase.
function recurseTick(n) { if (n > 0) process.nextTick(() => { console.log('tick', n); recurseTick(n - 1); }); }
function recurseImm(n) { if (n > 0) setImmediate(() => { console.log('imm', n); recurseImm(n - 1); }); }
recurseImm(3);
recurseTick(3);
setTimeout(() => console.log('timeout'), 0);
