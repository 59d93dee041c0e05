// A small object fits on one line.
console.log({ a: 1, b: 'two', c: [3], d: { e: null } });
