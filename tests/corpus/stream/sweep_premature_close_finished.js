const { Readable, finished } = require('stream');
const r = new Readable({ read() {} });
finished(r, (err) => console.log('finished', err && err.code, err && err.message));
r.push('a');
setImmediate(() => r.destroy());
r.on('close', () => console.log('close'));
