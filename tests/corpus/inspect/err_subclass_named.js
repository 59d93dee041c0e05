// An Error subclass that sets its name.
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
const e = new MyErr('m');
e.stack = 'MyErr: m\n    at s (s.js:1:1)';
console.log(e);
