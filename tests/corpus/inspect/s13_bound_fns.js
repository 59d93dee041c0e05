function greet(g) { return g + this.name; }
const b = greet.bind({ name: 'x' });
const bb = b.bind(null);
console.log(b, bb, [b], { b }, b.name, bb.name, b.length);
const anon = (function () {}).bind(null);
console.log(anon, anon.name);
class A { m() {} }
const bm = new A().m.bind(null);
console.log(bm, A.bind(null), Math.max.bind(Math));
console.log(require('util').inspect(b, { showHidden: true }));
const arrow = (() => 1).bind(null);
console.log(arrow);
