// Reading a property of a number or string does not throw: only undefined and null do.
const n = 5;
console.log(n.foo, 'abc'.foo, true.foo);
try {
  null.foo;
} catch (e) {
  console.log(e.message);
}
