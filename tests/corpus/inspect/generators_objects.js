function* gen() { yield 1; yield 2; }
const it = gen();
console.log(gen, it, Object.getPrototypeOf(it));
it.next();
console.log(it, [it], { it });
async function* agen() { yield 1; }
const ait = agen();
console.log(agen, ait);
console.log(Object.getPrototypeOf(gen), Object.getPrototypeOf(agen));
const iter = [1, 2][Symbol.iterator]();
console.log(iter, new Map([[1, 2]]).entries(), 'ab'[Symbol.iterator](), 'abc'.matchAll(/a/g));
