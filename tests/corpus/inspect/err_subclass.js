// An Error subclass without its own name shows both names.
class MyErr extends Error {}
const e = new MyErr('m');
e.stack = 'Error: m\n    at s (s.js:1:1)';
console.log(e);
