// V8 formats e.stack lazily: a message changed before the first read of e.stack shows up in it.
const a = new TypeError('first');
a.message = 'second';
console.log(a.stack.split('\n')[0]);
const b = new TypeError('first');
b.stack;
b.message = 'second';
console.log(b.stack.split('\n')[0], '|', String(b));
