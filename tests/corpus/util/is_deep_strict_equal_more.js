// isDeepStrictEqual: prototypes, NaN, -0, symbols keys, Maps and Sets.
const { isDeepStrictEqual: eq } = require('util');
console.log(eq(NaN, NaN), eq(0, -0), eq([1, 2], [1, 2]), eq([1, 2], ['1', 2]));
console.log(eq({ a: 1 }, Object.assign(Object.create(null), { a: 1 })));
const s = Symbol('s');
console.log(eq({ [s]: 1 }, { [s]: 1 }), eq({ [s]: 1 }, { [s]: 2 }));
console.log(eq(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])), eq(new Set([1, 2]), new Set([2, 1])));
console.log(eq(new Date(0), new Date(0)), eq(/a/g, /a/i), eq(new Error('x'), new Error('x')));
