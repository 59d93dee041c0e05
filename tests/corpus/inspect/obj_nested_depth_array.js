// Beyond depth 2 a non-empty array becomes [Array]; empty ones stay [].
console.log({ a: { b: { c: [1], d: [] } } });
