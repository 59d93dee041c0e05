// scrypt known answers (RFC 7914's first vectors) and its option aliases.
const { scryptSync } = require('crypto');
console.log(scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
console.log(scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
console.log(scryptSync('password', 'salt', 16).toString('hex'));
const a = scryptSync('pw', 'salt', 32, { cost: 1024, blockSize: 4, parallelization: 2 });
const b = scryptSync('pw', 'salt', 32, { N: 1024, r: 4, p: 2 });
console.log(a.equals(b), a.toString('base64'));
// Zero means the default.
console.log(scryptSync('pw', 'salt', 16, { N: 0, r: 0, p: 0, maxmem: 0 }).equals(scryptSync('pw', 'salt', 16)));
console.log(scryptSync('pw', 'salt', 0), scryptSync(Buffer.from('pw'), new Uint8Array(4), 8).length);
