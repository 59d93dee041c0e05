// CallTracker exists (deprecated) and counts calls.
const assert = require('assert');
console.log(typeof assert.CallTracker);
