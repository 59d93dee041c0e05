const util = require('util');
const v = { id: 1, tags: ['a', 'b'], meta: { created: 'today', nums: [1, 2, 3], empty: {}, none: [] }, fn() {}, m: new Map([[1, { a: 1 }]]), s: new Set([[1]]) };
console.log(util.inspect(v, { compact: false }));
console.log(util.inspect([[1, [2, [3]]], 'x'], { compact: false }));
console.log(util.inspect('line1\nline2', { compact: false }));
