// %s of an error prints its stack via inspect.
const e = new Error('fmt');
e.stack = 'Error: fmt\n    at f (f.js:1:1)';
console.log('got: %s', e);
