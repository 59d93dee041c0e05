class N extends null { constructor() { return Object.create(N.prototype); } }
console.log(N, new N(), [N], { N });
class M extends null {}
console.log(M, Object.getPrototypeOf(M.prototype));
const n = new N(); n.a = 1;
console.log(n);
class Sub extends N {}
console.log(Sub, Object.create(Sub.prototype));
console.log(require('util').inspect(N, { showHidden: true }));
