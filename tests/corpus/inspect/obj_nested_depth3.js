// Beyond depth 2 a non-empty object becomes [Object].
console.log({ a: { b: { c: { d: 1 } } } });
