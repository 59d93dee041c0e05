const util = require('util');
const o = { a: 1234567, b: -1234567.891, c: 123, d: 0.0001234, e: 1e21, f: 12345678901234567890n, g: -1000n, h: 1_000.5, i: NaN, j: -0, k: 1234.5678 };
console.log(util.inspect(o, { numericSeparator: true }));
console.log(util.inspect([1000, 10000, 100000], { numericSeparator: true }));
console.log(util.inspect(new Float64Array([12345.6789]), { numericSeparator: true }));
console.log(util.inspect(new Map([[100000, 2000000n]]), { numericSeparator: true }));
console.log(util.formatWithOptions({ numericSeparator: true }, '%d %i %s', 1234567, 7654321, 1234567));
