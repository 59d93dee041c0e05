// A promise at the depth limit.
console.log({ a: { b: { p: Promise.resolve({ x: 1 }) } } });
