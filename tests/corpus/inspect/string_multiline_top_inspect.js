// util.inspect of a long multi-line string splits it at newlines.
const util = require('util');
console.log(util.inspect('the first line is long enough\nthe second line is long enough as well\nand the last'));
