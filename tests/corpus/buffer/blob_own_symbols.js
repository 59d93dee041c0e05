// A Blob's own properties are Node's three enumerable symbols: past inspect's depth it is [Blob].
const { Blob, File } = require('buffer');
const b = new Blob(['ab']);
const s = Object.getOwnPropertySymbols(b);
console.log(s, b[s[0]], b[s[1]], b[s[2]], Object.getOwnPropertyDescriptor(b, s[1]));
console.log({ a: { b: { c: b } } }, { a: { b: { c: new File(['x'], 'f.txt', { lastModified: 1 }) } } });
console.log(require('util').inspect(b, { depth: -1 }), Object.keys(b), JSON.stringify(b), { ...b });
console.log(Object.getOwnPropertySymbols(b.slice(0, 1, 'Text/HTML')).map(k => b.slice(0, 1, 'Text/HTML')[k]));
console.log(structuredClone ? 'sc' : '', b instanceof Blob);
