// breakLength changes where objects break.
const util = require('util');
console.log(util.inspect({ a: 1, b: 2, c: 3, d: 4 }, { breakLength: 20 }));
console.log(util.inspect({ a: 'x'.repeat(50), b: 'y'.repeat(50), c: { d: [1, 2] } }, { breakLength: Infinity }));
