// showHidden reveals non-enumerable properties in brackets.
const util = require('util');
const o = Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false });
console.log(o);
console.log(util.inspect(o, { showHidden: true }));
