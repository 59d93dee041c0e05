// Sweep (issue 3): a learner's prints, checked against node.
const util = require('util');
const data = { name: 'alpha', items: Array.from({ length: 30 }, (_, i) => i * 3), nested: { deep: { deeper: { deepest: true } } }, text: 'lorem ipsum '.repeat(12) };
console.log(util.inspect(data, { breakLength: 40 }));
console.log(util.inspect(data, { compact: false, depth: 1 }));
console.log(util.inspect(data, { compact: 1 }));
console.log(util.inspect(data, { sorted: true, maxArrayLength: 4, maxStringLength: 10 }));
console.log(util.inspect(data, { breakLength: Infinity, depth: 0 }));
console.log(util.inspect(data, { sorted: (a, b) => b.localeCompare(a), compact: 5 }));
console.log(util.inspect('x'.repeat(50), { maxStringLength: 5 }));
console.log(util.inspect([1, 2, 3], { maxArrayLength: 0 }), util.inspect(new Set([1, 2]), { maxArrayLength: 1 }));
console.log(util.inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }));
