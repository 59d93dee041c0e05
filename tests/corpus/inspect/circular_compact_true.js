// With compact: true the reference goes before the brace.
const o = { x: 1 };
o.o = o;
console.log(require('util').inspect(o, { compact: true }));
