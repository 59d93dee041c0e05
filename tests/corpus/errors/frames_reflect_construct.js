// Constructors run through Reflect.construct and plain functions run with `new`.
const clean = (stack) => stack.split(__dirname + '/').join('');
function Point(x, y) {
  if (typeof x !== 'number') throw new TypeError('x must be a number');
  this.x = x; this.y = y;
}
class Circle {
  constructor(r) {
    if (r <= 0) throw new RangeError('radius must be positive');
    this.r = r;
  }
}
for (const make of [() => Reflect.construct(Point, ['1', 2]), () => Reflect.construct(Circle, [0]), () => new Point('a')]) {
  try { make(); } catch (e) { console.log(clean(e.stack).split('\n').slice(0, 3).join('\n')); }
}
