// 100,000 nested `return Promise.resolve().then(step)`.
let n = 0;
function step() { if (++n >= 100000) return n; return Promise.resolve().then(step); }
step().then((v) => console.log(v));
