// Nesting past the default depth of 2.
const nested = { level1: { level2: { level3: { level4: 'deep' } } } };
console.log(nested);
console.log({ a: [[[[1]]]] });
console.log([{ a: { b: { c: {} } } }]);
console.log({ a: { b: { c: [] } } }, { a: { b: { c: [1] } } });
console.log({ a: { b: { c: new Map([[1, 2]]) } } });
console.log({ a: { b: { c: new Set([1]) } } });
console.log({ a: { b: { c: new (class Foo {})() } } });
console.log({ a: { b: { c: Object.create(null) } } });
console.log({ a: { b: { c: { d: 1 } }, e: [{ f: [] }] } });
