const util = require('util');
const o = { zebra: 1, apple: 2, mango: { z: 1, a: 2 }, [Symbol('b')]: 3, [Symbol('a')]: 4, 10: 'ten', 2: 'two' };
console.log(util.inspect(o, { sorted: true }));
console.log(util.inspect(new Map([['z', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect(new Set(['z', 'a', 'm']), { sorted: true }));
