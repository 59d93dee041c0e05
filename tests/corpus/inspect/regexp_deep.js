// A RegExp past the depth limit still prints as a literal.
console.log({ a: { b: { c: { r: /x/ } } } });
