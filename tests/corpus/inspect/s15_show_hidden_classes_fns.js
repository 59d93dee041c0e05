const util = require('util');
class Temp { #c = 1; get c() { return this.#c; } set c(v) { this.#c = v; } static [Symbol.hasInstance](x) { return true; } }
console.dir(new Temp(), { showHidden: true });
console.log(util.inspect(Temp.prototype, { showHidden: true }));
console.log(util.inspect(Temp, { showHidden: true }));
console.log(util.inspect(new Map([[{ a: 1 }, [1, 2]]]), { showHidden: true }));
const fnp = Object.assign(function counter() {}, { count: 0, reset() {} });
console.log(util.inspect(fnp, { showHidden: true }));
console.log(util.inspect(Object.defineProperty([1, 2], 'hidden', { value: 'h' }), { showHidden: true }));
console.log(util.inspect(new Set([[1, [2, [3, [4]]]]]), { depth: 1 }));
console.log(util.inspect({ a: { b: { c: { d: { e: { f: 1 } } } } } }, { depth: 3, compact: false }));
const big = { list: Array.from({ length: 3 }, (_, i) => ({ id: i, children: [{ id: i * 10, tags: ['a', 'b'], meta: { deep: { deeper: true } } }] })) };
console.log(big);
console.log(JSON.stringify(big, null, 1).split('\n').length);
