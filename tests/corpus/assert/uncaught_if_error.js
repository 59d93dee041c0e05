// assert.ifError rethrows the error it is given, wrapped.
const assert = require('assert');
assert.ifError(new Error('original'));
