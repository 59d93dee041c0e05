// Circular requires: b gets a's partially filled exports while a is still loading. Node also warns on stderr
// because b reads a property (done) that a has not set yet.
const a = require('./_cycle_a');
console.log('main: a.fromA =', a.fromA, 'a.done =', a.done);
