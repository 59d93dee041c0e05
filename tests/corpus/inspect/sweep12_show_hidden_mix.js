// Sweep (issue 3): a learner's prints, checked against node.
const util = require('util');
const o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(o, Symbol('hs'), { value: 3, enumerable: false });
console.log(o, util.inspect(o, { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }));
console.log(util.inspect(new Error('e'), { showHidden: true }).split('\n')[0]);
console.log(util.inspect(function f(a, b) {}, { showHidden: true }));
console.log(util.inspect(new Map([[1, 2]]), { showHidden: true }));
console.log(util.inspect(Object.freeze({ f: 1 }), { showHidden: true }));
class C { constructor() { this.x = 1; } get g() { return 2; } m() {} }
console.log(util.inspect(new C(), { showHidden: true }));
