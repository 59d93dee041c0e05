const util = require('util');
const o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(o, Symbol('hiddenSym'), { value: 3, enumerable: false });
Object.defineProperty(o, 'acc', { get() { return 4; }, enumerable: false });
console.log(o, util.inspect(o, { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }), util.inspect('str', { showHidden: true }));
console.log(util.inspect(new Error('e'), { showHidden: true }).split('\n')[0]);
console.log(util.inspect(Object.freeze({ f: 1 }), { showHidden: true }));
class C { #priv = 1; pub = 2; }
console.log(util.inspect(new C(), { showHidden: true }));
