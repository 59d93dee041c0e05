// Only strings, Buffers and typed arrays may be pushed outside objectMode.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('error', e.name, e.code, e.message));
console.log(r.push(42));
const u = new Readable({ read() {} });
u.push(new Uint8Array([104, 105]));
u.push(null);
u.on('data', (c) => console.log(Buffer.isBuffer(c), String(c)));
