// Functions with own properties show them in braces.
function f() {}
f.a = 1;
f.b = { c: 2 };
console.log(f);
