// sorted, compact false and breakLength Infinity together; compact 1 and true.
const util = require('util'); const o = { z: 1, a: { y: [3, 2, 1], b: 2 }, m: new Map([['k', 1]]) };
console.log(util.inspect(o, { compact: false, sorted: true, breakLength: Infinity }));
console.log(util.inspect(o, { compact: true, breakLength: Infinity })); console.log(util.inspect(o, { compact: 1 }));
