// 1,000 immediates each scheduling the next: one per loop iteration, all complete.
let n = 0;
function next() { if (++n < 1000) setImmediate(next); else console.log('immediates', n); }
setImmediate(next);
