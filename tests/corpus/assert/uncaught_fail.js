// assert.fail with a message, uncaught.
const assert = require('assert');
assert.fail('boom');
