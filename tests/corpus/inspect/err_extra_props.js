// Own properties of errors are listed in braces.
const e = new Error('e');
e.stack = 'Error: e\n    at z (a.js:1:1)';
e.code = 'E_X';
e.errno = 3;
console.log(e);
