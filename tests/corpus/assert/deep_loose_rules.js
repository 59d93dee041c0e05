// What loose deep equality (deepEqual) compares.
const assert = require('assert');
const eq = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
console.log(eq(1, '1'), eq(NaN, NaN), eq(0, -0), eq({ a: 1 }, { a: '1' }), eq(Object.create(null), {}));
console.log(eq([1, 2], ['1', '2']), eq(new Set([1]), new Set(['1'])), eq(new Map([[1, 'a']]), new Map([['1', 'a']])));
console.log(eq(null, undefined), eq(null, {}), eq(new Date(0), new Date(0)), eq(/a/, /a/));
class A { constructor() { this.x = 1; } }
console.log(eq(new A(), { x: 1 }));
