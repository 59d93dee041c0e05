const cfg = { a: undefined };
console.log(cfg?.a);
const r = cfg?.a.b.c;
