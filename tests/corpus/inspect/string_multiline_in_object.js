// Long strings with newlines are split into concatenated pieces.
console.log({ text: 'first line is pretty long to force splitting\nsecond line is also fairly long\nthird' });
