// maxStringLength cuts strings and tells how many characters remain.
const util = require('util');
console.log(util.inspect(['abcdefghij', 'abcde'], { maxStringLength: 4 }));
console.log(util.inspect('x'.repeat(20), { maxStringLength: 19 }));
console.log(util.inspect('x'.repeat(20), { maxStringLength: 0 }));
