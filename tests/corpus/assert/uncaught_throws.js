// assert.throws when nothing is thrown.
const assert = require('assert');
assert.throws(() => {}, /expected/);
