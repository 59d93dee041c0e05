// console.dir with options.
const obj = { a: { b: { c: { d: { e: 1 } } } }, s: 'str', f() {} };
console.dir(obj);
console.dir(obj, { depth: 0 });
console.dir(obj, { depth: null });
console.dir(obj, { depth: 1, colors: true });
console.dir('string');
console.dir('string', { colors: true });
console.dir([1, 2, 3], { showHidden: true });
class Custom { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }
console.dir(new Custom());
console.dir(new Custom(), { customInspect: false });
