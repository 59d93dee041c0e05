// Helper for circular_require.js: a requires b, b requires a back.
exports.fromA = 'a (early)';
const b = require('./_cycle_b');
console.log('in a, b.done =', b.done);
exports.fromA = 'a (final)';
exports.done = true;
