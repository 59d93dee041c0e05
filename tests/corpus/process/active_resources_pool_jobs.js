// Crypto jobs and zlib writes are not ReqWraps in Node's request queue: only fs's requests,
// the ref'd Timeouts and the ref'd Immediates are listed.
const crypto = require('crypto');
const fs = require('fs');
const zlib = require('zlib');
crypto.pbkdf2('a', 'b', 1000, 32, 'sha256', () => console.log('pbkdf2', process.getActiveResourcesInfo()));
crypto.scrypt('a', 'b', 32, () => {});
crypto.randomBytes(8, () => {});
zlib.gzip('abc', () => {});
console.log(process.getActiveResourcesInfo());
fs.stat(__filename, () => console.log('stat', process.getActiveResourcesInfo()));
console.log(process.getActiveResourcesInfo());
