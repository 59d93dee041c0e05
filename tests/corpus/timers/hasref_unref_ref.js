// hasRef follows ref()/unref(); an unref'd timer alone does not keep the process alive.
const t = setTimeout(() => console.log('never: unref\'d'), 1000);
console.log('initially', t.hasRef());
t.unref();
console.log('after unref', t.hasRef());
t.ref();
console.log('after ref', t.hasRef());
t.unref();
const u = setTimeout(() => console.log('ref\'d 10 ms timer'), 10);
console.log('returns this', u.unref() === u, u.ref() === u);
