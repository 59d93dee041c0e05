'use strict';
// Object.preventExtensions in strict code: adding throws.
const o = Object.preventExtensions({ a: 1 });
try {
  o.b = 2;
} catch (e) {
  console.log(e.message);
}
