// Loading crypto (its first require) takes node milliseconds: the timer armed before it is due
// when the loop first looks, so it runs before the immediate.
setTimeout(() => console.log('timeout'), 1);
setImmediate(() => console.log('immediate'));
const crypto = require('crypto');
console.log(typeof crypto.createHash);
