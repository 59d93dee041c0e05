// Builtin error types keep their names.
const mk = (E, m) => { const e = new E(m); e.stack = `${e.name}: ${m}`; return e; };
console.log([mk(TypeError, 't'), mk(RangeError, 'r'), mk(SyntaxError, 's'), mk(ReferenceError, 'f')]);
