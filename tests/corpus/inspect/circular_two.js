// A cycle between two objects.
const a = { n: 'a' };
const b = { n: 'b', a };
a.b = b;
console.log(a);
