// Sparse arrays with far-apart elements, null-prototype Set, and getters that throw values.
const util = require('util');
const a = [1];
a[50] = 2;
a[300] = 3;
console.log(a);
console.log(Object.setPrototypeOf(new Set([1, 2]), null));
console.log(util.inspect({ get g() { throw 'plain'; } }, { getters: true }));
console.log(util.inspect(Object.create(Object.create(null, { x: { value: 1, enumerable: true } }))));
