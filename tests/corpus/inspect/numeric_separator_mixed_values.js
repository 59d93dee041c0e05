const util = require('util');
const vals = [1234567, -1234567.891, 0.0001234, 1e21, 123456789n, -98765432109876543210n, 1000, 999, 12345.6789, NaN, -0];
for (const v of vals) console.log(util.inspect(v, { numericSeparator: true }));
console.log(util.inspect({ price: 1999999.99, list: [10000, 100000] }, { numericSeparator: true }));
console.log(util.inspect(new Float64Array([1234567.5]), { numericSeparator: true }));
