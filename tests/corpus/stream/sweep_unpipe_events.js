const { Readable, Writable } = require('stream');
const r = new Readable({ read() {} }), w = new Writable({ write(c, e, cb) { console.log('w', c.toString()); cb(); } });
r.pipe(w);
r.push('1'); r.push('2');
setTimeout(() => { r.unpipe(w); console.log('unpiped', r.readableFlowing); r.push('3'); r.push(null); setTimeout(() => console.log('len', r.readableLength), 5); }, 5);
w.on('unpipe', () => console.log('unpipe event')); w.on('pipe', () => console.log('pipe event'));
