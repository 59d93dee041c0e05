// pipe: the source destroyed with an error; the destination is not destroyed.
const { Readable, Writable } = require('stream');
const r = new Readable({ read() { this.destroy(new Error('read failed')); } });
const w = new Writable({ write(c, e, cb) { cb(); } });
r.pipe(w);
r.on('error', (e) => console.log('r error', e.message));
r.on('close', () => console.log('r close'));
w.on('close', () => console.log('w close'));
w.on('unpipe', () => console.log('unpipe'));
setTimeout(() => console.log('w destroyed?', w.destroyed), 10);
