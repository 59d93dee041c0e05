// After a top-level await of a timer, the module continues in a microtask: promise first, then nextTick.
await new Promise((r) => setTimeout(r, 1));
console.log('resumed');
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync after resume');
