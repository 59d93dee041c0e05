// Sweep (issue 3): a learner's prints, checked against node.
const a = [1, 2];
a.push(a);
const m = new Map();
m.set('self', m);
m.set('arr', a);
const o = { name: 'o', m };
o.o = o;
o.list = [o, { back: o }];
console.log(a);
console.log(m);
console.log(o);
const s = new Set(); s.add(s); s.add({ s });
console.log(s);
const x = {}; const y = { x }; x.y = y; console.log([x, y]);
