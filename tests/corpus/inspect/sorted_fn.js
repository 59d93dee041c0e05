const util = require('util');
const o = { banana: 3, apple: 1, cherry: 2, [Symbol('z')]: 0, 10: 'n', 2: 'm' };
console.log(util.inspect(o, { sorted: true }));
console.log(util.inspect(o, { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect(new Set(['z', 'y', 'x']), { sorted: true }));
