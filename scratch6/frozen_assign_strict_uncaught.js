'use strict';
const point = Object.freeze({ x: 1, y: 2 });
function move(p) {
  p.x += 1;
  return p;
}
console.log(move(point));
