// Cycles through objects met at several places: <ref *N> is numbered per object.
const util = require('util');
const a = { name: 'a' }; a.self = a;
console.log([a, a]);
console.log({ x: a, y: { z: a }, w: [a] });
const b = { name: 'b' }; b.peer = a;
const c = { name: 'c', b }; b.back = c;
console.log({ c, b, a });
console.log([b, c]);
const m = new Map(); m.set('me', m); m.set('a', a);
console.log({ first: m, second: m, list: [m] });
const s = new Set(); s.add(s); s.add(a);
console.log([s, { s }]);
class Node2 { constructor(n) { this.n = n; this.next = null; } }
const n1 = new Node2(1), n2 = new Node2(2), n3 = new Node2(3);
n1.next = n2; n2.next = n3; n3.next = n1;
console.log([n1, n2, n3]);
console.log(util.inspect({ n1, again: n1 }, { depth: Infinity }));
console.log(util.inspect({ n1, again: { deeper: n1 } }, { depth: 1 }));
const x = {}; const y = { x }; x.y = y;
console.log({ y, x }, [x, [y]]);
console.log(util.inspect([a, { a }], { compact: true }), util.inspect([a, a], { compact: false }));
