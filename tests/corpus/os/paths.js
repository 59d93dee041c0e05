// homedir and tmpdir are absolute paths without a trailing slash.
const os = require('os');
const path = require('path');
for (const p of [os.homedir(), os.tmpdir()]) console.log(path.isAbsolute(p), p.length > 1 && p.endsWith('/'));
console.log(typeof os.hostname(), os.hostname().length > 0);
