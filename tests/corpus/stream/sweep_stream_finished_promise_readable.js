const { finished } = require('stream/promises');
const { Readable } = require('stream');
const r = new Readable({ read() {} });
finished(r).then(() => console.log('finished resolved'), (e) => console.log('rejected', e.code));
r.on('end', () => console.log('end'));
r.resume();
setTimeout(() => r.push('x'), 1);
setTimeout(() => r.push(null), 2);
r.on('data', (d) => console.log('data', d.toString()));
