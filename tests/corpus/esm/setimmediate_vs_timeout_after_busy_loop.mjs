// Even after a long synchronous loop (the 0ms timer is long overdue), an ES module's immediate runs first:
// the module body runs in the poll phase, and check comes before timers.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
let x = 0;
for (let i = 0; i < 5e6; i++) x += i % 3;
console.log('busy loop done', x);
