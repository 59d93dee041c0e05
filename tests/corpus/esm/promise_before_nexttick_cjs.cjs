// CommonJS twin of promise_before_nexttick.mjs: here nextTick runs first.
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
console.log('sync');
