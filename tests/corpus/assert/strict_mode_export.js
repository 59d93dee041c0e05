// assert.strict and require('assert/strict') use strict comparisons under the loose names.
const strict = require('assert/strict');
const assert = require('assert');
console.log(strict === assert.strict, strict.strict === strict, strict.equal === assert.strictEqual);
try { strict.equal(1, '1'); } catch (e) { console.log(e.message); }
try { strict.deepEqual([1], ['1']); } catch (e) { console.log(e.message); }
assert.equal(1, '1');
console.log('loose equal passes');
