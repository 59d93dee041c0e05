// finished gets the stream's error; its return value removes the listeners.
const { finished, Readable } = require('stream');
const r = new Readable({ read() {} });
const cleanup = finished(r, (err) => console.log('first', err && err.message));
const r2 = new Readable({ read() {} });
const cleanup2 = finished(r2, (err) => console.log('never', err));
cleanup2();
r.destroy(new Error('kaput'));
r2.destroy(new Error('ignored'));
r2.on('error', () => console.log('r2 error event'));
console.log(typeof cleanup);
