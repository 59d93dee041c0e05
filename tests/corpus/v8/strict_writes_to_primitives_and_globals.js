'use strict';
// Strict code cannot give a primitive a property, nor overwrite the global object's
// read-only values or Math's constants.
const greeting = 'hello';
try {
  greeting.shout = true;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  'literal'.length2 = 5;
} catch (e) {
  console.log(e.message);
}
let count = 42;
try {
  count.unit = 'items';
} catch (e) {
  console.log(e.message);
}
const flag = false;
try {
  flag.reason = 'off';
} catch (e) {
  console.log(e.message);
}
try {
  Math.PI = 3;
} catch (e) {
  console.log(e.message);
}
try {
  undefined = 1;
} catch (e) {
  console.log(e.message);
}
try {
  NaN = 0;
} catch (e) {
  console.log(e.message);
}
