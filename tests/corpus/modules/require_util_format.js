// util.format with %s, %d, %i, %j and extra arguments. With a single argument nothing is formatted: '100%%' stays '100%%'.
const util = require('util');
console.log(util.format('%s=%d', 'a', 1));
console.log(util.format('%i items', 3.7));
console.log(util.format('%j', { a: [1, 2] }));
console.log(util.format('no placeholders', 'extra', 2));
console.log(util.format('%s and %s', 'only one'));
console.log(util.format('100%%'));
