// A partially consumed iterator shows what is left.
const it = new Map([[1, 1], [2, 2], [3, 3]]).values();
it.next();
console.log(it);
const e = new Set(['x', 'y']).entries();
e.next();
console.log(e);
