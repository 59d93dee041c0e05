// util.formatWithOptions passes options to inspect.
const util = require('util');
console.log(util.formatWithOptions({ compact: false }, 'x %O', { a: 1 }));
console.log(util.formatWithOptions({ numericSeparator: true }, '%d %s %i', 1234567, 7654321, 1e6));
