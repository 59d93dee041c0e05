queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
