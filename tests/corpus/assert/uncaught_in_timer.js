// An assertion that fails in a timer ends the process from there.
const assert = require('assert');
setTimeout(() => {
  assert.equal('1', 2, 'custom message');
}, 1);
