// colors: true wraps values in ANSI color codes.
const util = require('util');
console.log(JSON.stringify(util.inspect({ n: 1, s: 'x', b: true, u: undefined, nl: null, sym: Symbol('c'), big: 2n, d: new Date(0), r: /x/, f() {} }, { colors: true })));
