'use strict';
// A typo'd variable assigned in strict mode: V8 points at the `=`.
function count(items) {
  for (const item of items) {
    totl = item;
  }
}
count([1, 2]);
