// userInfo({ encoding: 'buffer' }) returns the strings as Buffers.
const os = require('os');
const u = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(u.username), Buffer.isBuffer(u.homedir), Buffer.isBuffer(u.shell), typeof u.uid);
console.log(u.homedir.toString() === os.homedir());
