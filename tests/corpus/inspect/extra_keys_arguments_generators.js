// Extra keys on arrays, Maps and Sets; arguments objects and generators.
const arr = [1, 2, 3]; arr.extra = 'x'; arr[-1] = 'neg'; console.log(arr); const m = new Map([['a', 1]]); m.prop = true; console.log(m); const s = new Set(); s.x = 1; console.log(s);
function outer() { return arguments; } console.log(outer(1, 'a')); console.log([outer()]); const gen = (function* () { yield 1; })(); console.log(gen, Object.prototype.toString.call(gen));
