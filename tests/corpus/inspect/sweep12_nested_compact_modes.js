// Sweep (issue 3): a learner's prints, checked against node.
const util = require('util');
const data = { a: [{ b: { c: [1, 2, { d: 'x' }] } }], e: new Map([['k', [1, { f: 2 }]]]) };
for (const compact of [false, true, 0, 1, 2, 3, 4]) console.log(compact, util.inspect(data, { compact, depth: Infinity }));
console.log(util.inspect({ arr: [[[[[1]]]]] }, { depth: 2 }));
console.log(util.inspect([[[[[[1]]]]]], { depth: Infinity, compact: 2 }));
