// notStrictEqual failing, uncaught.
const assert = require('assert');
assert.notStrictEqual(5, 5);
