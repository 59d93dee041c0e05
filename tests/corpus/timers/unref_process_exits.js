// An unref'd timer does not keep the process alive: it exits without running it.
const t = setTimeout(() => console.log('never runs'), 10);
t.unref();
console.log('hasRef:', t.hasRef());
console.log('main done');
