// A Map containing itself.
const m = new Map();
m.set('m', m);
console.log(m);
