// sorted: true orders keys, also in nested objects, maps and sets.
const util = require('util');
console.log(util.inspect({ b: 1, a: 2, c: { z: 1, y: 2 } }, { sorted: true }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect(new Set([3, 1, 2]), { sorted: true }));
