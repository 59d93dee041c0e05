// Errors nested in objects are indented.
const e = new Error('nested');
e.stack = 'Error: nested\n    at n (n.js:1:1)\n    at m (n.js:2:1)';
console.log({ e, k: 1 });
console.log({ deeper: { e } });
