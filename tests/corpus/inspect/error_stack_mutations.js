// inspect prints an error from its `stack` as it is now: replaced, not starting with the
// name, emptied, not a string, or after `name` and `message` changed.
const e1 = new Error('one');
e1.stack = 'custom';
console.log(e1);
console.log([e1]);
const e3 = new Error('three');
e3.stack = 'no name here\n    at foo (bar.js:1:1)';
console.log(e3);
const e4 = new TypeError('four');
e4.name = 'Changed';
console.log(e4.stack.split('\n')[0]);
console.log(String(e4));
const e6 = new Error('six');
e6.stack = '';
console.log(e6);
const e7 = new Error('seven');
e7.stack = undefined;
console.log(e7);
const e8 = new Error('eight');
e8.stack = 42;
console.log(e8);
const e9 = new RangeError('nine');
e9.stack = 'RangeError: nine';
console.log(e9);
class MyErr extends Error {}
const e11 = new MyErr('eleven');
e11.stack = 'Error: eleven\n    at x';
console.log(e11);
const e12 = new Error('twelve');
e12.stack = 'Error: twelve';
e12.name = 'Other';
console.log(e12, { e12 });
