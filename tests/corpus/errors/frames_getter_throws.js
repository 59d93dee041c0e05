// A getter and a setter that throw: V8 names their frames `get x [as x]`, `set x [as x]`.
const clean = (stack) => stack.split(__dirname + '/').join('');
class Temperature {
  constructor(c) { this.c = c; }
  get fahrenheit() {
    if (typeof this.c !== 'number') throw new TypeError('celsius is not a number');
    return this.c * 9 / 5 + 32;
  }
  set fahrenheit(f) {
    if (f < -459.67) throw new RangeError('below absolute zero');
    this.c = (f - 32) * 5 / 9;
  }
}
const t = new Temperature('hot');
try { console.log(t.fahrenheit); } catch (e) { console.log(clean(e.stack).split('\n').slice(0, 3).join('\n')); }
const u = new Temperature(0);
u.fahrenheit = -500;
