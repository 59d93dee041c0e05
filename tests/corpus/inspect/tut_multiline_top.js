// A multi-line string at top level is printed as is; nested, it is quoted.
const util = require('util');
const text = 'Roses are red\nViolets are blue';
console.log(text);
console.log(util.inspect(text));
console.log([text]);
console.log(util.inspect('x'.repeat(30) + '\n' + 'y'.repeat(30) + '\n' + 'z'.repeat(30)));
console.log(util.inspect({ poem: 'x'.repeat(30) + '\n' + 'y'.repeat(30) + '\n' + 'z'.repeat(30) }));
console.log(util.inspect(['ab\ncd', 'ef\ngh']));
