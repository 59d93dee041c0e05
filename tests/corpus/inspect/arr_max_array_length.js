// maxArrayLength limits items shown.
const util = require('util');
console.log(util.inspect(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(util.inspect([1, 2], { maxArrayLength: 0 }));
console.log(util.inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }));
