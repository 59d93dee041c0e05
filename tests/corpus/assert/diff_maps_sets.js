// Diffs of Maps, Sets, Dates and RegExps.
const assert = require('assert');
const show = (f) => { try { f(); console.log("passed"); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage); console.log(JSON.stringify(e.message)); } };
show(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
show(() => assert.deepStrictEqual(new Set([1]), new Set([2])));
show(() => assert.deepStrictEqual(new Date(0), new Date(1)));
show(() => assert.deepStrictEqual(/a/g, /a/i));
show(() => assert.deepStrictEqual('a\nb', 'a\nc'));
show(() => assert.strictEqual('a'.repeat(40), 'a'.repeat(39) + 'b'));
