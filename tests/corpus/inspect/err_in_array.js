// Errors in arrays.
const e = new RangeError('r');
e.stack = 'RangeError: r\n    at x (x.js:1:1)';
console.log([e, 1]);
