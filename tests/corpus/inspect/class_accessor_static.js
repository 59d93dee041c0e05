class Shape {
  static count = 0;
  #secret = 1;
  name = 'shape';
  constructor() { Shape.count++; }
  get area() { return 0; }
  describe() { return this.name; }
}
class Circle extends Shape {
  constructor(r) { super(); this.r = r; this.name = 'circle'; }
  get area() { return Math.PI * this.r ** 2; }
}
const c = new Circle(2);
console.log(c);
console.log(Shape, Circle);
console.log(Object.getOwnPropertyNames(Shape.prototype));
console.log(Object.getPrototypeOf(c) === Circle.prototype, c.constructor.name);
console.log(Circle.prototype, Shape.prototype);
console.log(Object.getPrototypeOf(Circle) === Shape);
class NoCtorName {}
const inst = new NoCtorName();
Object.defineProperty(inst, 'constructor', { value: undefined });
console.log(inst);
const fake = Object.create(Circle.prototype);
console.log(fake);
