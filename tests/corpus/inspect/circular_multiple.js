// Several cycles get increasing reference numbers.
const a = {};
const b = { a };
a.b = b;
a.c = { b };
b.self = b;
console.log(a);
