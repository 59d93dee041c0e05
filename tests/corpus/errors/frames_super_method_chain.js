// super.method() runs the parent's method on the child: both frames are named for the child.
class Shape {
  area() { throw new Error(`${this.constructor.name} has no area`); }
  describe() { return `area ${this.area()}`; }
}
class Blob extends Shape {
  area() { return super.area(); }
}
console.log(new Blob().describe());
