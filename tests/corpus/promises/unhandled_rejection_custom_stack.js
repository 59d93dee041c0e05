// An error whose stack was replaced by a frameless string: reported as it is, in brackets.
const e = new Error('x');
e.stack = 'custom stack text';
Promise.reject(e);
