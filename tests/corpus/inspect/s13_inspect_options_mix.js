const util = require('util');
const data = { list: Array.from({ length: 8 }, (_, i) => ({ id: i, name: 'item' + i })), meta: { total: 8 } };
console.log(util.inspect(data, { breakLength: 40, depth: 1 }));
console.log(util.inspect(data, { compact: 1, maxArrayLength: 2 }));
console.log(util.inspect(data, { compact: false, depth: 0 }));
console.log(util.inspect(data, { breakLength: Infinity, maxArrayLength: 3 }));
console.log(util.inspect(data.list, { maxArrayLength: 0 }), util.inspect(data.list, { maxArrayLength: -1 }));
