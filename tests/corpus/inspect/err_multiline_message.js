// A multi-line message.
const e = new Error('l1\nl2');
e.stack = 'Error: l1\nl2\n    at m (m.js:1:1)';
console.log(e);
console.log({ e });
