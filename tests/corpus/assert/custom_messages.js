// A custom message replaces the header (strictEqual, deepStrictEqual) or the whole message.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.strictEqual(1, 2, 'numbers differ'));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'objects differ'));
show(() => assert.notStrictEqual(1, 1, 'same'));
show(() => assert.equal(1, 2, 'loosely'));
show(() => assert.ok(false, 'not ok'));
show(() => assert.strictEqual(1, 2, new TypeError('my own error')));
