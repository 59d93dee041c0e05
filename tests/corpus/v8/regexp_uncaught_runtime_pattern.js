// An uncaught bad pattern from a variable ends the process with V8's words.
const pattern = 'a(b';
console.log('before');
const re = new RegExp(pattern);
console.log(re);
