// A chain of 1000 microtasks runs before a due timer.
let n = 0;
setTimeout(() => console.log('timer after', n, 'microtasks'), 0);
function step() { if (++n < 1000) Promise.resolve().then(step); }
step();
