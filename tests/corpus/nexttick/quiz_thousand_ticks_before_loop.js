let n = 0;
function spin() { if (++n < 1000) process.nextTick(spin); else console.log('ticks done', n); }
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
process.nextTick(spin);
