// How much each update returns: OpenSSL keeps partial blocks, a decipher keeps its last
// block for the padding check, CTR and GCM return every byte, and base64 output goes through
// a StringDecoder (3-byte groups).
const crypto = require('crypto');
const key = Buffer.alloc(16, 5);
const iv = Buffer.alloc(16, 6);
const cbc = crypto.createCipheriv('aes-128-cbc', key, iv);
const pieces = [cbc.update('a'.repeat(5)), cbc.update('b'.repeat(20)), cbc.update('c'.repeat(16)), cbc.final()];
console.log(pieces.map((p) => p.length));
const ct = Buffer.concat(pieces);
const dec = crypto.createDecipheriv('aes-128-cbc', key, iv);
console.log([dec.update(ct.subarray(0, 16)).length, dec.update(ct.subarray(16, 32)).length, dec.update(ct.subarray(32)).length, dec.final().toString()]);
const ctr = crypto.createCipheriv('aes-128-ctr', key, iv);
console.log([ctr.update('abcd', 'utf8', 'base64'), ctr.update('efgh', 'utf8', 'base64'), ctr.final('base64')]);
const ctr2 = crypto.createCipheriv('aes-128-ctr', key, iv);
console.log(ctr2.update('abcdefgh').toString('hex'));
const ecb = crypto.createCipheriv('aes-128-ecb', key, null).setAutoPadding(false);
console.log(ecb.update(Buffer.alloc(32)).toString('hex'), ecb.final().length);
const nopad = crypto.createDecipheriv('aes-128-ecb', key, Buffer.alloc(0));
nopad.setAutoPadding(false);
console.log(nopad.update(Buffer.alloc(16)).length, nopad.final().length);
// utf8 output split across updates stays whole.
const text = 'ééééééééé';
const enc = crypto.createCipheriv('aes-128-ctr', key, iv);
const bytes = Buffer.concat([enc.update(text), enc.final()]);
const de = crypto.createDecipheriv('aes-128-ctr', key, iv);
console.log([de.update(bytes.subarray(0, 3), null, 'utf8'), de.update(bytes.subarray(3), null, 'utf8'), de.final('utf8')]);
