// Node's writable frames under the learner's code: `_write` called from write() and end(),
// `_transform` under Transform's `_write`, `_final` under end(), 'finish' on end()'s tick and
// 'drain' from a write's callback; a method given as an option is named for the property
// Node calls it through (`Writable.write [as _write]`).
const { Writable, Transform } = require('stream');
const top = (e, n = 6) => e.stack.split('\n').slice(0, n).join('\n').replaceAll(__dirname, '.');

class Sink extends Writable {
  _write(chunk, enc, cb) { throw new Error('in _write'); }
}
try { new Sink().write('a'); } catch (e) { console.log(top(e)); }

const plain = new Writable({ write(chunk, enc, cb) { throw new Error('in write option'); } });
try { plain.write('a'); } catch (e) { console.log(top(e)); }

const viaEnd = new Writable({ write(chunk, enc, cb) { throw new Error('written by end'); } });
try { viaEnd.end('a'); } catch (e) { console.log(top(e)); }

const upper = new Transform({ transform(chunk, enc, cb) { throw new Error('in transform'); } });
try { upper.write('a'); } catch (e) { console.log(top(e)); }

const finals = new Writable({
  write(chunk, enc, cb) { cb(); },
  final(cb) { console.log(top(new Error('in final'))); cb(); },
});
finals.on('finish', () => console.log(top(new Error('in finish'))));
finals.end();

const slow = new Writable({ write(chunk, enc, cb) { setTimeout(cb, 1); }, highWaterMark: 1 });
slow.on('drain', () => console.log(top(new Error('in drain'))));
slow.write('xx');

const checks = new Writable({ write(chunk, enc, cb) { cb(); } });
for (const bad of [() => checks.write(null), () => checks.write('a', 'nope'), () => checks.write(5)]) {
  try { bad(); } catch (e) { console.log(top(e, 3)); }
}
