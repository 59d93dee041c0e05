// The classic example with a promise: sync, nextTick, promise are fixed; timeout and immediate race.
console.log('sync 1');
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
console.log('sync 2');
