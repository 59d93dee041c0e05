// HKDF: RFC 5869's first test case, an ArrayBuffer result, and its inputs.
const crypto = require('crypto');
const ikm = Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex');
const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
const okm = crypto.hkdfSync('sha256', ikm, salt, info, 42);
console.log(okm instanceof ArrayBuffer, okm.byteLength);
console.log(Buffer.from(okm).toString('hex'));
console.log(crypto.hkdfSync('sha512', 'key', '', '', 16));
console.log(Buffer.from(crypto.hkdfSync('SHA-1', 'key', 'salt', 'info', 20)).toString('hex'));
console.log(Buffer.from(crypto.hkdfSync('sha3-256', new Uint8Array([1, 2]), new ArrayBuffer(3), 'i', 8)).toString('hex'));
console.log(crypto.hkdfSync('sha256', 'k', 's', 'i', 0).byteLength, crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength);
