const { Writable } = require('stream');
const w = new Writable({ highWaterMark: 4, write(c, e, cb) { setImmediate(cb); } });
console.log('write 1 ->', w.write('abc'));
console.log('write 2 ->', w.write('def'));
w.once('drain', () => console.log('drain'));
w.end(() => console.log('ended'));
