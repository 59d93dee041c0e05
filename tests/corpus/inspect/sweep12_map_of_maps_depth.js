// Sweep (issue 3): a learner's prints, checked against node.
const m = new Map([['a', new Map([['x', new Map([['deep', new Map([[1, { z: [1, [2, [3]]] }]])]])]])], ['b', new Set([new Set([1])])]]);
console.log(m);
console.log(require('util').inspect(m, { depth: 0 }));
console.log(require('util').inspect(m, { depth: Infinity }));
console.dir(m, { depth: 1 });
const obj = { level1: { level2: { level3: { level4: 'deep' } } }, m };
console.log(obj);
console.log(JSON.stringify(obj.level1));
