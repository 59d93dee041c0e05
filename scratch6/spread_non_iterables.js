function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const obj = { a: 1 };
const n = 5;
show(() => [...obj]);
show(() => Math.max(...5));
show(() => Math.max(...n));
show(() => [...undefined]);
show(() => [...null]);
show(() => new Set(...obj));
show(() => ({ ...5, ...null, ...'hi' }));
show(() => [...obj.a]);
show(() => console.log(...obj));
show(() => Array.from(...obj));
