// An object tagged like globalThis ([global]).
const g = { a: 1 };
Object.defineProperty(g, Symbol.toStringTag, { value: 'global' });
console.log(g);
