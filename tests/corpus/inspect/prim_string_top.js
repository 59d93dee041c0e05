// A top-level string is printed raw by console.log, quoted by util.inspect.
const util = require('util');
console.log('plain text');
console.log(util.inspect('plain text'));
console.log(util.inspect(''));
