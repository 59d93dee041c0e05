const { isDeepStrictEqual: eq } = require('util');
console.log(eq({ a: [1, 2] }, { a: [1, 2] }), eq([1], ['1']), eq(NaN, NaN), eq(0, -0));
console.log(eq(new Set([1, {}]), new Set([1, {}])), eq(new Map([[1, 'a']]), new Map([[1, 'b']])));
console.log(eq(new Date(0), new Date(0)), eq(/a/g, /a/i), eq(Object.create(null), {}));
console.log(eq([1, , 3], [1, undefined, 3]), eq({ a: undefined }, {}));
console.log(eq(Buffer.from('a'), new Uint8Array([97])), eq(new Error('x'), new Error('x')));
const s = Symbol('s');
console.log(eq({ [s]: 1 }, { [s]: 1 }), eq({ [s]: 1 }, { [s]: 2 }));
console.log(eq(new Number(1), new Number(1)), eq(new String('a'), 'a'));
