function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const s = 'str';
show(() => 'a' in 'str');
show(() => 'length' in s);
show(() => 0 in 42);
show(() => 'x' in undefined);
show(() => 'x' in null);
show(() => 'x' in true);
show(() => Symbol.iterator in 1n);
show(() => 'a' in { a: 1 });
