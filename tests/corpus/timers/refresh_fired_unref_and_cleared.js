// refresh() re-arms a fired unref'd timeout still unref'd (it does not keep the loop alive);
// a cleared one stays cleared.
const t = setTimeout(() => console.log('A'), 5);
t.unref();
const keep = setTimeout(() => {
  t.refresh();
  console.log('refreshed unref fired', t.hasRef());
  setTimeout(() => console.log('last ref timer'), 100);
}, 40);
const c = setTimeout(() => console.log('never'), 5);
clearTimeout(c);
c.refresh();
process.on('exit', () => console.log('exit'));
