const util = require('util');
class MyError extends Error {}
const a = new MyError('a'); a.stack = 'Error: a\n    at f (x.js:1:1)';
console.log(a);
class Named extends Error { constructor(m) { super(m); this.name = 'Named'; } }
const b = new Named('b'); b.stack = 'Named: b\n    at f (x.js:1:1)';
console.log(b);
const c = new TypeError('c'); c.stack = 'Something else entirely';
console.log(c);
const d = new RangeError('d'); d.name = 'Custom'; d.stack = 'RangeError: d\n    at f (x.js:1:1)';
console.log(d);
const f = Object.create(Error.prototype); 
console.log(f);
const g = new Error('g'); Object.setPrototypeOf(g, null); g.stack = 'Error: g\n    at f (x.js:1:1)';
console.log(g);
