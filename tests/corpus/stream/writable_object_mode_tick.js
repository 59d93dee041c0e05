// Object-mode writables take the after-write tick even without a callback (Node's precedence
// quirk in onwrite), so 'finish' timing differs from byte mode.
const { Writable } = require('stream');
function make(objectMode) {
  const w = new Writable({ objectMode, write(chunk, enc, cb) { cb(); } });
  w.on('finish', () => console.log(objectMode ? 'object' : 'bytes', 'finish'));
  return w;
}
const a = make(true);
const b = make(false);
a.write('x');
b.write('x');
process.nextTick(() => {
  console.log('tick 1');
  a.end();
  b.end();
  process.nextTick(() => console.log('tick 2'));
});
