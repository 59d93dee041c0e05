// util.format returns the formatted string.
const util = require('util');
console.log(JSON.stringify(util.format('%s=%d', 'x', 5)));
console.log(JSON.stringify(util.format(1, 2, '3')));
console.log(JSON.stringify(util.format()));
console.log(JSON.stringify(util.format('a%', 1)));
