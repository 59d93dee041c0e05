const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { console.log('_write', c.toString()); cb(); } });
w.write('a', () => { console.log('cb a'); process.nextTick(() => console.log('tick in cb a')); });
w.write('b', () => console.log('cb b'));
Promise.resolve().then(() => console.log('micro'));
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('imm'));
