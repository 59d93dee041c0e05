// finished on a writable, and the promise form; already-finished streams report on a tick.
const { finished, Writable } = require('stream');
const { finished: finishedP } = require('stream/promises');
const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => console.log('callback form', err));
finishedP(w).then(() => console.log('promise form'));
w.end('x');
w.on('finish', () => console.log('finish'));
w.on('close', () => {
  console.log('close');
  finished(w, (err) => console.log('after close', err));
  console.log('registered after close');
});
