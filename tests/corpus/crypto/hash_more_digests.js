// Digests beyond md5/sha1/sha2: SHA-3, SHA-512/256, RIPEMD-160, BLAKE2, SM3, SHAKE, and the
// list getHashes gives.
const crypto = require('crypto');
for (const name of ['sha3-224', 'sha3-256', 'SHA3-384', 'sha3-512', 'sha512-224', 'sha512-256', 'sha-512/256',
  'ripemd160', 'RIPEMD160', 'rmd160', 'blake2b512', 'blake2s256', 'sm3', 'md5-sha1', 'shake128', 'shake256', 'RSA-SHA3-256', 'sha256WithRSAEncryption']) {
  console.log(name.padEnd(24), crypto.createHash(name).update('The quick brown fox').digest('hex'));
}
console.log(crypto.createHash('shake256', { outputLength: 8 }).update('abc').digest('hex'));
console.log(crypto.createHash('shake128', { outputLength: 40 }).update('abc').digest('base64'));
console.log(crypto.hash('sha3-256', 'abc'), crypto.hash('ripemd160', Buffer.from('abc'), 'base64'));
console.log(crypto.createHmac('sha3-256', 'key').update('msg').digest('hex'));
console.log(crypto.createHmac('ripemd160', 'key').update('msg').digest('hex'));
console.log(crypto.createHmac('blake2b512', 'key').update('msg').digest('hex').length);
const hashes = crypto.getHashes();
console.log(hashes.length, hashes.includes('sha3-256'), hashes.includes('sha256'), hashes.slice(0, 5));
