// A synchronous randomInt fills the cache at once, so the asynchronous calls after it answer
// on a tick, before any promise or timer.
const crypto = require('crypto');
console.log(typeof crypto.randomInt(10));
crypto.randomInt(10, (err, n) => console.log('async', err, n >= 0 && n < 10));
Promise.resolve().then(() => console.log('then'));
setTimeout(() => console.log('timeout'), 0);
console.log('end of script');
