// Logging a module's exports inside a require cycle: b gets a's own exports object (not a
// copy), and Node puts a warning proxy in as its prototype while a loads, so console.log's
// lookups (inspect.custom, constructor, Symbol.toStringTag) and the missing `finished` each warn
// on stderr. Once a has loaded, the prototype is Object.prototype again and nothing warns.
const a = require('./_cycle_log_a');
const b = require('./_cycle_log_b');
console.log('main: b.seen === a', b.seen === a, Object.getPrototypeOf(a) === Object.prototype);
console.log('main:', a);
