// An error with a null prototype.
const e = new Error('np');
e.stack = 'Error: np\n    at s (s.js:1:1)';
Object.setPrototypeOf(e, null);
console.log(e);
