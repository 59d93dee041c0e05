// An error whose stack has no frames is wrapped in brackets.
const e = new Error('boom');
e.stack = 'Error: boom';
console.log(e, [e]);
