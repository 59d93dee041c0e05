const crypto = require('crypto');
crypto.randomBytes(8, (err, buf) => console.log('randomBytes cb', err, buf.length));
crypto.randomInt(100, (err, n) => console.log('randomInt cb', err, n >= 0 && n < 100));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('main');
