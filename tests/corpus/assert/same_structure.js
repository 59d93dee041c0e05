// Structurally equal values that are not equal: Node says so.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.deepStrictEqual({ a: Symbol() }, { a: Symbol() }));
show(() => assert.strictEqual([1, 2, 3], [1, 2, 3]));
