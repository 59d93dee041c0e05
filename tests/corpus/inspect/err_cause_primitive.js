// A primitive cause.
const e = new Error('x', { cause: 'why' });
e.stack = 'Error: x\n    at q (q.js:1:1)';
console.log(e);
