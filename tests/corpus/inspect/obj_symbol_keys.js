// Symbol keys print in brackets after string keys.
console.log({ [Symbol('s')]: 1, a: 2, [Symbol()]: 3, [Symbol.for('reg')]: 4 });
