// A deprecated class can still be constructed.
const util = require('util');
class Old { constructor(x) { this.x = x; } }
const D = util.deprecate(Old, 'Old is deprecated', 'DEP0997');
const o = new D(3);
console.log(o.x, o instanceof Old);
