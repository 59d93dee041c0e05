// numericSeparator groups digits with underscores.
const util = require('util');
console.log(util.inspect([1234567, 1234.5678, -98765, 10n ** 10n, 0.0001, 123, -0], { numericSeparator: true }));
