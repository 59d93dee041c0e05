const m = new Map(); m.set('self', m); m.set('arr', [m]);
console.log(m);
const s = new Set(); s.add(s); s.add({ s });
console.log(s);
const a = [1]; a.push(a, { a });
console.log(a);
const x = { name: 'x' }; const y = { name: 'y', x }; x.y = y;
console.log([x, y]);
console.log(new Map([[x, y]]));
const deep = { l1: { l2: { l3: {} } } }; deep.l1.l2.l3.back = deep;
console.log(deep);
console.log(require('util').inspect(deep, { depth: 1 }));
const p = Promise.resolve(); const holder = { p }; 
const o2 = {}; o2.arr = [o2, o2]; o2.map = new Map([[o2, o2]]);
console.log(o2);
class Node1 { constructor() { this.next = this; } }
console.log(new Node1());
const e = new Error('circ'); e.self = e;
console.log(Object.keys(e), require('util').inspect(e).split('\n').slice(-1)[0]);
