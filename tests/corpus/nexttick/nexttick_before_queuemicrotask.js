// nextTick callbacks run before queueMicrotask callbacks after the main script (CommonJS).
queueMicrotask(() => console.log('queueMicrotask'));
process.nextTick(() => console.log('nextTick'));
console.log('sync');
