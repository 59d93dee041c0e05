const util = require('util');
function named(a, b) { return a + b; }
console.log(util.format('%o', named));
console.log(util.format('%o', { fn: () => 1, arr: [1, 2] }));
console.log(util.format('%O', named), util.format('%o', class K {}));
console.log(util.format('%o', 'str'), util.format('%o', [new Map([[1, 2]])]));
