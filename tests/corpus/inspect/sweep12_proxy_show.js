// Sweep (issue 3): a learner's prints, checked against node.
const util = require('util');
const target = { a: 1, nested: { b: 2 } };
const p = new Proxy(target, { get(t, k) { return k === 'a' ? 100 : t[k]; } });
console.log(p);
console.log(util.inspect(p, { showProxy: true }));
console.log(util.inspect(p, { showProxy: false }));
const fp = new Proxy(function named() {}, {});
console.log(fp, util.inspect(fp, { showProxy: true }));
const ap = new Proxy([1, 2, 3], {});
console.log(ap, util.types.isProxy(ap));
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
console.log(util.inspect(proxy, { showProxy: true }));
console.log(util.inspect(new Proxy(new Map([[1, 2]]), {}), { showProxy: true, depth: 0 }));
