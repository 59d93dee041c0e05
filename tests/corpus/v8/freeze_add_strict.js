// Adding a property to a frozen object in strict mode.
'use strict';
const point = Object.freeze({ x: 1 });
try {
  point.y = 2;
} catch (e) {
  console.log(e.message);
}
