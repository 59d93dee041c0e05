// Properties holding undefined and null.
console.log({ a: undefined, b: null, c: [undefined, null] });
