// An error passed to _write's callback: the write callback, then 'error', then 'close'.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    if (String(chunk) === 'bad') cb(new Error('cannot write bad'));
    else cb();
  },
});
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close', w.destroyed, w.errored && w.errored.message));
w.write('good', (err) => console.log('cb good', err));
w.write('bad', (err) => console.log('cb bad', err && err.message));
w.write('after', (err) => console.log('cb after', err && err.message));
console.log('sync done');
