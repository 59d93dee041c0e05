// nextTick callbacks run before promise callbacks after the main script (CommonJS).
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
console.log('sync');
