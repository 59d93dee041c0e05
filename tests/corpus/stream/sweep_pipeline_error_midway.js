const { pipeline, Readable, Transform, Writable } = require('stream');
const t = new Transform({
  transform(c, e, cb) { if (c.toString() === 'b') cb(new Error('bad ' + c)); else cb(null, c); },
});
const w = new Writable({ write(c, e, cb) { console.log('w', c.toString()); cb(); } });
t.on('close', () => console.log('t close'));
w.on('close', () => console.log('w close'));
pipeline(Readable.from(['a', 'b', 'c']), t, w, (err) => console.log('cb', err && err.message));
