// Errors past the depth limit.
const e = new Error('deep');
e.stack = 'Error: deep';
console.log({ a: { b: { c: e } } });
const p = Object.assign(new Error('deep'), { p: 1 });
p.stack = 'Error: deep';
console.log({ a: { b: { c: p } } });
