// The same object twice is not circular.
const s = { v: 1 };
console.log({ a: s, b: s, list: [s, s] });
