function* gen() { yield 1; }
async function af() {}
async function* ag() {}
const arrow = async () => {};
console.log(gen, af, ag, arrow, [gen, af], { gen, af, ag });
const it = gen();
console.log(it, [it], Object.prototype.toString.call(it));
const ait = ag();
console.log(ait, { ait });
console.log(af(), typeof af());
const o = { *m() {}, async n() {}, async *p() {}, get q() { return 1; } };
console.log(o, o.m, o.n, o.p);
it.next(); it.next();
console.log(it);
console.log(Object.getPrototypeOf(gen), Object.getPrototypeOf(it));
