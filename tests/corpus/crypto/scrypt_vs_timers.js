const crypto = require('crypto');
const t0 = Date.now();
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
crypto.scrypt('pw', 'salt', 16, { N: 1024 }, (err, key) => console.log('scrypt N', key.length));
console.log('sync', crypto.scryptSync('pw', 'salt', 8).toString('hex'));
