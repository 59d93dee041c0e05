// assert/strict: the loose names are the strict assertions.
const assert = require('assert');
const strict = require('assert/strict');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
console.log(strict === assert.strict, strict.strict === strict, require('node:assert/strict') === strict);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
show(() => strict.equal(1, 2));
show(() => strict.deepEqual([1], [2]));
show(() => strict.notEqual(1, 1));
show(() => strict(0));
