const { Writable } = require('stream');
const w = new Writable({
  write(c, e, cb) { console.log('write', c.toString()); cb(); },
  final(cb) { console.log('final start'); setTimeout(() => { console.log('final done'); cb(); }, 1); },
});
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.end('last');
setImmediate(() => console.log('imm'));
