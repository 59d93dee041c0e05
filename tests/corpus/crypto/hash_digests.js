const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha256', 'sha512', 'SHA256', 'sha224', 'sha384', 'RSA-SHA1']) {
  console.log(alg, crypto.createHash(alg).update('hello').update(' world').digest('hex'));
}
console.log(crypto.createHash('sha256').update('hello').digest('base64'));
console.log(crypto.createHash('md5').update('').digest('base64url'));
console.log(crypto.createHash('sha1').update(Buffer.from([1, 2, 3])).digest());
console.log(crypto.createHash('sha1').update('68656c6c6f', 'hex').digest('hex') === crypto.createHash('sha1').update('hello').digest('hex'));
console.log(crypto.createHash('md5').update(new Uint16Array([1, 2])).digest('hex'));
console.log(crypto.createHash('sha256').update('ünïcödé').digest('hex'));
console.log(crypto.createHash('sha256').update('x').digest('nope'));
console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', 'abc', 'base64'), crypto.hash('md5', Buffer.from('abc'), 'buffer'));
