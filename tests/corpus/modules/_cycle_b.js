// Helper for circular_require.js: sees a's partial exports.
const a = require('./_cycle_a');
console.log('in b, a.fromA =', a.fromA, 'a.done =', a.done);
exports.done = true;
