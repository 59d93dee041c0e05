// Helper for circular_require_log_partial.js: holds a's exports while a is still loading.
const a = require('./_cycle_log_a');
console.log('b: a is', a, 'same object later:', a === require('./_cycle_log_a'));
console.log('b: a.finished is', a.finished, 'toString is inherited:', typeof a.toString);
module.exports = { seen: a };
