// The first crypto job's set-up makes a setTimeout(0) due at the first timers phase, and the jobs done by the first poll.
const crypto = require('crypto');
setTimeout(() => console.log('timeout'), 0);
crypto.pbkdf2('secret', 'salt', 1, 32, 'sha256', () => console.log('pbkdf2'));
crypto.randomBytes(16, () => console.log('randomBytes'));
setImmediate(() => console.log('immediate'));
