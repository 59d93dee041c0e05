// %O inspects with the default options.
console.log('%O', { a: { b: { c: { d: 1 } } } });
