// 100,000 process.nextTick recursions.
let n = 0;
function step() { if (++n < 100000) process.nextTick(step); else console.log(n); }
process.nextTick(step);
