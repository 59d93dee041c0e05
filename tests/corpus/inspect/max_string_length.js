const util = require('util');
const s = 'abcdefghij'.repeat(5);
console.log(util.inspect(s, { maxStringLength: 10 }));
console.log(util.inspect([s, 'short'], { maxStringLength: 4 }));
console.log(util.inspect({ k: s }, { maxStringLength: 0 }));
console.log(util.inspect(s, { maxStringLength: null }).length);
console.log(util.inspect(new Map([[s, s]]), { maxStringLength: 3 }));
