// What strict deep equality compares.
const assert = require('assert');
const eq = (a, b) => { try { assert.deepStrictEqual(a, b); return true; } catch { return false; } };
console.log(eq(NaN, NaN), eq(0, -0), eq([0], [-0]), eq({ a: undefined }, {}), eq([1, , 3], [1, undefined, 3]));
console.log(eq(Object.create(null), {}), eq(new Date(0), new Date(0)), eq(new Date(0), new Date(1)));
console.log(eq(/a/g, /a/g), eq(/a/g, /a/i), eq(new Number(1), new Number(1)), eq(new Number(1), 1));
console.log(eq(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])), eq(new Set([1, 2]), new Set([2, 1])));
console.log(eq(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])), eq(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])));
console.log(eq(new Error('x'), new Error('x')), eq(new Error('x'), new TypeError('x')), eq(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
console.log(eq(new Uint8Array([1]), new Int8Array([1])), eq([1, 2], { 0: 1, 1: 2, length: 2 }));
const s = Symbol('s');
console.log(eq({ [s]: 1 }, { [s]: 1 }), eq({ [s]: 1 }, { [s]: 2 }), eq('a', 'a'), eq(1n, 1n));
const c1 = { a: 1 }; c1.self = c1;
const c2 = { a: 1 }; c2.self = c2;
console.log(eq(c1, c2));
class A { constructor() { this.x = 1; } }
console.log(eq(new A(), { x: 1 }), eq(new A(), new A()));
