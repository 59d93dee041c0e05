// An error whose stack was overwritten prints that stack.
const e = new Error('boom');
e.stack = 'Error: boom\n    at foo (file.js:1:2)\n    at bar (file.js:3:4)';
console.log(e);
