// Subclassing Transform with class syntax and with util.inherits.
const { Transform, Readable } = require('stream');
const util = require('util');
class Upper extends Transform {
  _transform(chunk, enc, cb) {
    cb(null, String(chunk).toUpperCase());
  }
}
function Counter(opts) {
  Readable.call(this, opts);
  this.n = 0;
}
util.inherits(Counter, Readable);
Counter.prototype._read = function () {
  this.n++;
  this.push(this.n <= 3 ? String(this.n) : null);
};
const c = new Counter();
c.pipe(new Upper()).on('data', (d) => console.log('data', String(d))).on('end', () => console.log('end'));
console.log(c instanceof Readable, c.constructor.name);
