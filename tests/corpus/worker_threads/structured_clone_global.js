// The global structuredClone uses the same algorithm as postMessage.
const original = { date: new Date(0), list: [1, { two: 2 }], map: new Map([[1, 'one']]) };
const copy = structuredClone(original);
console.log(copy);
console.log(copy !== original, copy.list[1] !== original.list[1], copy.date instanceof Date);
try {
  structuredClone({ f() {} });
} catch (err) {
  console.log(err.name, err.message);
}
console.log(structuredClone(Buffer.from('hi')));
