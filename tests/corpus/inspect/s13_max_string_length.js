const util = require('util');
const s = 'abcdefghijklmnopqrstuvwxyz';
console.log(util.inspect(s, { maxStringLength: 5 }));
console.log(util.inspect([s, s.slice(0, 3)], { maxStringLength: 4 }));
console.log(util.inspect({ s }, { maxStringLength: 0 }));
console.log(util.inspect('a\nb\nc\nd', { maxStringLength: 3 }));
console.log(util.inspect(s, { maxStringLength: null }), util.inspect(s, { maxStringLength: Infinity }));
console.log(util.inspect(new Map([[s, s]]), { maxStringLength: 2 }));
console.log(util.inspect(s.repeat(500)).length);
