// A write callback's error: its callback, 'error', then 'close'; the second write's callback.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
w.on('error', e => console.log('error', e.message));
w.on('close', () => console.log('close'));
w.write('x', (err) => console.log('write cb', err && err.message));
w.write('y', (err) => console.log('write cb 2', err && err.message));
