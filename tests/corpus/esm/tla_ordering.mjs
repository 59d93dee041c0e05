// Top-level await: the rest of the module waits; ticks queued before it run first.
console.log('before await');
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
await new Promise((r) => setTimeout(r, 10));
console.log('after await');
