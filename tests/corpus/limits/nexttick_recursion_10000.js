// A bounded nextTick recursion of 10,000 steps completes before promises and immediates.
let n = 0;
function tick() { if (++n < 10000) process.nextTick(tick); }
process.nextTick(tick);
Promise.resolve().then(() => console.log('promise sees', n));
setImmediate(() => console.log('immediate sees', n));
