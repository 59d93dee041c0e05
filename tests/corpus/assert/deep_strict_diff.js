// deepStrictEqual's + actual - expected diff.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
show(() => assert.deepStrictEqual([1, 2], [1, 2, 3]));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4, 5, 6, 7]));
show(() => assert.deepStrictEqual({ a: { b: 1 } }, { a: { b: 1 }, c: 2 }));
show(() => assert.deepStrictEqual(1, '1'));
show(() => assert.deepStrictEqual(0, -0));
