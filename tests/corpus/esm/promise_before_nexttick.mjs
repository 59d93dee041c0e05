// In an ES module the body runs inside a promise job, so promise callbacks run before nextTick callbacks.
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
console.log('sync');
