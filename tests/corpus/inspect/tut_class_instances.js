// Class instances with accessors, private fields and Symbol.toStringTag.
class Temperature {
  #celsius;
  constructor(c) { this.#celsius = c; this.unit = 'C'; }
  get fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
}
console.log(new Temperature(20));
class Tagged {
  get [Symbol.toStringTag]() { return 'Special'; }
}
console.log(new Tagged());
class TaggedWithProps {
  constructor() { this.x = 1; }
  get [Symbol.toStringTag]() { return 'Tag'; }
}
console.log(new TaggedWithProps());
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3D extends Point { constructor(x, y, z) { super(x, y); this.z = z; } }
console.log(new Point(1, 2), new Point3D(1, 2, 3));
console.log([new Point(0, 0)]);
const acc = {};
Object.defineProperty(acc, 'ro', { get() { return 1; }, enumerable: true });
Object.defineProperty(acc, 'wo', { set(v) {}, enumerable: true });
Object.defineProperty(acc, 'rw', { get() { return 1; }, set(v) {}, enumerable: true });
console.log(acc);
class Empty {}
console.log(new Empty(), { inner: new Empty() });
const tagObj = { [Symbol.toStringTag]: 'Custom', a: 1 };
console.log(tagObj);
