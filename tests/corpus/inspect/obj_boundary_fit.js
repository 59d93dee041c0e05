// A single-property object exactly at the line limit stays on one line.
console.log({ a: 'x'.repeat(62) });
console.log({ a: 'x'.repeat(63) });
