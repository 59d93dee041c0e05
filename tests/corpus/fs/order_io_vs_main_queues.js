// An fs callback comes after everything the main script queued on the tick and microtask queues.
const fs = require('fs');
fs.stat('fixtures/hello.txt', () => console.log('stat callback'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('main done');
