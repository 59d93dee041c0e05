// Depth-exceeded markers for many kinds.
class Foo { constructor() { this.x = 1; } }
console.log({ l1: { l2: { arr: [1], obj: { a: 1 }, map: new Map([[1, 1]]), set: new Set([1]), cls: new Foo(), np: Object.assign(Object.create(null), { z: 1 }), prom: Promise.resolve(1), ta: new Uint8Array(2), d: new Date(0), ea: [], eo: {}, em: new Map(), fn: function f() {}, re: /x/ } } });
