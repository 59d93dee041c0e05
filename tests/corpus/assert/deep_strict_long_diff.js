// Long diffs skip identical lines.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
const range = (n) => Array.from({ length: n }, (_, i) => i + 1);
show(() => assert.deepStrictEqual(range(10), [...range(9), 11]));
show(() => assert.deepStrictEqual(range(10), [0, ...range(10).slice(1)]));
show(() => assert.deepStrictEqual(range(30), [...range(15), 0, ...range(30).slice(16)]));
