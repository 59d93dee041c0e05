// Helper for circular_require_log_partial.js: a requires b, which logs a's unfinished exports.
exports.started = true;
const b = require('./_cycle_log_b');
exports.finished = true;
console.log('a: b is', b);
