function outer() { inner(); }
function inner() { console.trace('here %d', 5, { a: 1 }); }
outer();
console.trace();
const o = { m() { console.trace('method'); } };
o.m();
class K { static s() { console.trace('static'); } }
K.s();
