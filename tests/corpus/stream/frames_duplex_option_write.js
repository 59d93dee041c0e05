// A `write` given as an option is called as the stream's `_write`: V8 names it for the
// stream's own type (`Duplex.write [as _write]`), as for a subclass's method.
const { Duplex, Writable } = require('stream');
const top = (e) => e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.');
const d = new Duplex({ read() {}, write(c, e, cb) { console.log(top(new Error('duplex option'))); cb(); } });
d.write('a');
class Sink extends Writable {}
new Sink({ write(c, e, cb) { console.log(top(new Error('subclass option'))); cb(); } }).write('b');
