// An uncaught AssertionError ends the process with code 1.
const assert = require('assert');
process.on('exit', (code) => console.log('exit', code));
assert.strictEqual(1, 2);
