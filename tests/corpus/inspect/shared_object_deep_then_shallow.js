// An object met first deep in one branch (past the depth) and then shallower in a later one
// is shown in full at the shallower place (Node formats each occurrence on its own).
const graph = { a: { name: 'a', edges: [] }, b: { name: 'b', edges: [] } };
graph.a.edges.push(graph.b); graph.b.edges.push(graph.a);
console.log(graph);
const g2 = { a: { e: [] }, b: { e: [] } }; g2.a.e.push(g2.b); console.log(g2);
const g3 = { a: { e: [] } }; g3.b = { e: [g3.a] }; console.log(g3);
const shared = { deep: { deeper: { deepest: 1 } } };
console.log({ x: { y: { z: shared } }, shared }, [[[[shared]]], shared]);
const m = new Map([['k', { inner: { v: shared } }]]);
console.log({ m, shared }, require('util').inspect({ list: [[shared]], shared }, { depth: 1 }));
const c = { name: 'c' }; c.self = c;
console.log({ wrap: { wrap: { c } }, c });
