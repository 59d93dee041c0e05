// Arrays inside objects count as levels for compact mode.
console.log({ a: [{ b: { c: 1 } }], d: 1 });
console.log([[[[1]]]]);
console.log(require('util').inspect([[[[[1]]]]], { depth: 10 }));
