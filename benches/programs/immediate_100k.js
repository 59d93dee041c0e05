// 100,000 setImmediate recursions.
let n = 0;
function step() { if (++n < 100000) setImmediate(step); else console.log(n); }
setImmediate(step);
