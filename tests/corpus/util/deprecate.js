// deprecate warns once, on the first call, with the code when given.
const util = require('util');
const f = util.deprecate((a) => a + 1, 'f is old', 'DEP0999');
const g = util.deprecate(() => 'g', 'g is old');
console.log(f(1), f(2), g());
process.on('warning', (w) => console.log('warning event', w.name, w.code, w.message));
