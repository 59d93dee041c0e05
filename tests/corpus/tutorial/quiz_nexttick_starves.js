let count = 0;
function tick() { if (++count < 5) process.nextTick(tick); else console.log('ticks done', count); }
setImmediate(() => console.log('immediate'));
process.nextTick(tick);
Promise.resolve().then(() => console.log('promise after ticks'));
