// showHidden lists the non-function properties of up to three prototype layers (Node's addPrototypeProperties).
const util = require('util');
class A { constructor() { this.x = 1; } get g() { return 1; } }
A.prototype.data = 5;
class B extends A {}
B.prototype.more = 'm';
console.log(util.inspect(new B(), { showHidden: true }));
const o = Object.create({ inherited: 1, fn() {} }); o.own = 2;
console.log(util.inspect(o, { showHidden: true }));
console.log(util.inspect(new Set([1]).values(), { showHidden: true }));
console.log(util.inspect([1].values(), { showHidden: true }));
function* g() {} console.log(util.inspect(g(), { showHidden: true }));
