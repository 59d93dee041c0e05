// An empty stack falls back to name and message.
const e = new Error('boom');
e.stack = '';
console.log(e);
