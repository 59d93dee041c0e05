// final taking a timer, then prefinish, finish, destroy and close.
const { Writable } = require('stream');
const w = new Writable({
  final(cb) { console.log('final'); setTimeout(cb, 5); },
  write(c, e, cb) { console.log('write'); cb(); },
  destroy(err, cb) { console.log('destroy', err); cb(err); },
});
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.end('x');
