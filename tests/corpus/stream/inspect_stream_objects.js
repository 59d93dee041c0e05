// console.log of whole streams (Node prints the pre-created _events slots and the state).
const { Readable, Writable, PassThrough } = require('stream');
console.log(new Readable({ read() {} }));
const w = new Writable({ highWaterMark: 4, write(c, e, cb) { setImmediate(cb); } });
w.write('hello');
console.log(w);
console.log(new PassThrough({ objectMode: true }));
