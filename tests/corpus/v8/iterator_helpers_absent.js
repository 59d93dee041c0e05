// Node 20's V8 (11.3) has no iterator helpers: they came with the Iterator global in V8 12.2.
const proto = Object.getPrototypeOf(Object.getPrototypeOf([].values()));
console.log(Object.getOwnPropertyNames(proto), Object.getOwnPropertySymbols(proto));
console.log(typeof Iterator, typeof [1].values().map, typeof new Map().keys().filter);
console.log(Object.prototype.toString.call(proto));
function* gen() { yield 1; yield 2; }
try {
  gen().map((x) => x * 2);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
try {
  const firstOnly = new Set([1, 2]).values().take(1);
  console.log(firstOnly);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log([...gen()].map((x) => x * 2));
