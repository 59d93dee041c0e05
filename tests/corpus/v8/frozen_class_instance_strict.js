'use strict';
// A class that freezes its instances: V8 names the class.
class Point {
  constructor(x) {
    this.x = x;
    Object.freeze(this);
  }
}
const p = new Point(1);
try {
  p.x = 2;
} catch (e) {
  console.log(e.message);
}
try {
  p.y = 2;
} catch (e) {
  console.log(e.message);
}
