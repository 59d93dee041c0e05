const util = require('util');
const f = Object.freeze({ a: 1, nested: { b: 2 } });
const s = Object.seal([1, 2]);
const p = Object.preventExtensions({ c: 3 });
console.log(f, s, p, Object.isFrozen(f), Object.isSealed(s), Object.isExtensible(p));
console.log(util.inspect(f, { showHidden: true }), util.inspect(Object.freeze(function fz() {})));
function plain() {} Object.freeze(plain);
console.log(util.inspect(plain, { showHidden: true }), [Object.freeze(class K {})], Object.seal(function sl() {}));
