// Top-level await: code after the await runs in a later microtask; nextTick queued before it still waits.
console.log('before await');
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
await null;
console.log('after await');
