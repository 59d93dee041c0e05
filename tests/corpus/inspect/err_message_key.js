// An own message key equal to the stack's message is hidden.
const e = Object.assign(new Error('m'), { message: 'm', other: 'o' });
e.stack = 'Error: m';
console.log(e);
