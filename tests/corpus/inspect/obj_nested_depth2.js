// Depth 2 is printed fully: the innermost empty object is shown.
console.log({ a: { b: { c: {} } } });
