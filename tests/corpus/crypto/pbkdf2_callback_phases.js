// A pbkdf2 callback runs in the poll phase: inside it, an immediate comes before a timeout,
// and its own nextTick before both.
const crypto = require('crypto');
const fs = require('fs');
fs.stat(__filename, () => {
  console.log('stat callback');
  crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', function (err, key) {
    console.log('pbkdf2', err, key.length, key.toString('hex').slice(0, 32));
    console.log('this is the job:', this.constructor.name, typeof this.ondone);
    setTimeout(() => console.log('timeout inside pbkdf2'), 0);
    setImmediate(() => console.log('immediate inside pbkdf2'));
    process.nextTick(() => console.log('tick inside pbkdf2'));
    Promise.resolve().then(() => console.log('promise inside pbkdf2'));
  });
  setImmediate(() => console.log('immediate (before the job is done)'));
  setTimeout(() => console.log('timeout 0 (before the job is done)'), 0);
});
console.log('main done');
