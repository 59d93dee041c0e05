// PBKDF2 known answers (RFC 6070 for SHA-1) and the digest names OpenSSL accepts.
const crypto = require('crypto');
const hex = (b) => b.toString('hex');
console.log(hex(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1')));
console.log(hex(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1')));
console.log(hex(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1')));
console.log(hex(crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1')));
for (const digest of ['sha256', 'SHA256', 'sha-256', 'RSA-SHA256', 'sha224', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'sha3-512', 'md5', 'ripemd160', 'blake2b512']) {
  const key = crypto.pbkdf2Sync('correct horse', 'battery staple', 1000, 24, digest);
  console.log(digest.padEnd(12), key.length, hex(key));
}
// Longer than one digest: several output blocks.
console.log(hex(crypto.pbkdf2Sync('p', 's', 3, 100, 'sha256')));
// Empty key, empty password and salt, Buffers and typed arrays as input.
console.log(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha512'), hex(crypto.pbkdf2Sync('', '', 1, 8, 'sha256')));
const a = crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 10, 16, 'sha256');
const b = crypto.pbkdf2Sync(new TextEncoder().encode('pw'), new Uint8Array([1, 2, 3]).buffer, 10, 16, 'sha256');
const c = crypto.pbkdf2Sync(new DataView(Buffer.from('pw').buffer.slice(0)), Buffer.from([1, 2, 3]), 10, 16, 'sha256');
console.log(a.equals(b), hex(a), Buffer.isBuffer(a));
console.log(c.length);
