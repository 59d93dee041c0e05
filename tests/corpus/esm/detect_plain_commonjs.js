// A file with no module syntax stays CommonJS, even with import() and a property named import.
const obj = { import: 1, export: 2 };
console.log(typeof require, obj.import + obj.export);
import('node:os').then((os) => console.log(typeof os.EOL));
