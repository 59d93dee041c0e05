// Pushing after push(null) errors the stream.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('error', e.code, e.message));
r.on('close', () => console.log('close'));
r.push(null);
console.log(r.push('x'));
