// assert as an ES module.
import assert, { strictEqual, deepStrictEqual } from 'node:assert';
import strict from 'node:assert/strict';
strictEqual(1, 1);
deepStrictEqual({ a: [1] }, { a: [1] });
console.log(typeof assert, strict === assert.strict);
try { strict.equal(2, 3); } catch (e) { console.log(e.message); }
