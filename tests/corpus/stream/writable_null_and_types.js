// write(null) and a number throw synchronously.
const { Writable } = require('stream');
const w = new Writable({ write(chunk, enc, cb) { cb(); } });
for (const value of [null, 42, {}]) {
  try {
    w.write(value);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const o = new Writable({ objectMode: true, write(chunk, enc, cb) { console.log('object', chunk); cb(); } });
o.write({ a: 1 });
o.write(7);
try {
  o.write(null);
} catch (e) {
  console.log(e.code);
}
