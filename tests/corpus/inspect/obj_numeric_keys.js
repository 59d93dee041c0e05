// Integer-like keys come first and are quoted.
console.log({ b: 1, 10: 'ten', 2: 'two', a: 0 });
