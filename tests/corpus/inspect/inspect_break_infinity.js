const util = require('util');
const data = { users: [{ name: 'a', tags: ['x', 'y'] }, { name: 'b', tags: [] }], total: 2, page: { n: 1, of: 10 } };
console.log(util.inspect(data, { breakLength: Infinity }));
console.log(util.inspect(data, { breakLength: Infinity, depth: null }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { breakLength: Infinity }));
console.log(util.inspect(data, { breakLength: 20 }));
console.log(util.inspect(data, { breakLength: 0 }));
console.log(util.inspect({ a: 'x'.repeat(90) }, { breakLength: Infinity }));
