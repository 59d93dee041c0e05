// util.isDeepStrictEqual follows assert.deepStrictEqual's rules.
const util = require('util');
const eq = util.isDeepStrictEqual;
console.log(eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), eq({ a: 1 }, { a: '1' }), eq(NaN, NaN), eq(0, -0));
console.log(eq(new Map([[1, 'a']]), new Map([[1, 'a']])), eq(new Set([1, 2]), new Set([2, 1])), eq([1, 2], [2, 1]));
console.log(eq(Object.create(null), {}), eq(new Date(5), new Date(5)), eq(/a/g, /a/g), eq(/a/g, /a/m));
console.log(eq([1, , 3], [1, undefined, 3]), eq({ a: undefined }, { b: undefined }), eq(new Number(1), new Number(2)));
