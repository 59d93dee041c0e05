function show(f) {
  try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
show(() => { const { a } = undefined; });
show(() => { const { a } = null; });
show(() => { const { a: { b } } = { a: undefined }; });
show(() => { function f({ name }) { return name; } f(); });
show(() => { function f({ name }) { return name; } f(null); });
show(() => { const g = ({ x, y }) => x + y; g(); });
show(() => { let o; ({ a: o } = undefined); });
show(() => { const [first] = undefined; });
show(() => { const [first] = null; });
show(() => { const { length } = undefined; });
