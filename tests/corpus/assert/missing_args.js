// The two-argument assertions need both arguments.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.strictEqual(1));
show(() => assert.deepStrictEqual());
show(() => assert.equal(1));
