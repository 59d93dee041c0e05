// assert.match failing, uncaught.
const assert = require('assert');
assert.match('hello world', /^bye/);
