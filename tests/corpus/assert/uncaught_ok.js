// An uncaught assert.ok failure.
const assert = require('assert');
assert.ok(1 > 2);
