// Once process.stdout exists (the first console.log made it, loading net and stream), a
// later first require('stream') costs almost nothing.
console.log('start');
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
require('stream');
