// A class with a custom inspect method.
const util = require('util');
class Point { constructor(x, y) { this.x = x; this.y = y; } [util.inspect.custom]() { return `Point(${this.x}, ${this.y})`; } }
console.log(new Point(1, 2), { p: new Point(3, 4) });
