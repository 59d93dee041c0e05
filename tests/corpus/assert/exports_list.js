// The names assert exports, in Node's order.
const assert = require('assert');
console.log(Object.keys(assert));
console.log(Object.keys(assert.strict));
console.log(typeof assert, assert.name, assert.ok === assert, assert.strict.name);
