class Circle {
  constructor(r) { this.r = r; }
  get area() { return Math.PI * this.r * this.r; }
  grow() {
    this.area = 10;
  }
}
new Circle(2).grow();
