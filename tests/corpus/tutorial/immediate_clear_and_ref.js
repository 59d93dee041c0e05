const a = setImmediate(() => console.log('a'));
const b = setImmediate(() => { console.log('b'); clearImmediate(c); });
const c = setImmediate(() => console.log('c'));
clearImmediate(a);
console.log(typeof b.hasRef(), b.hasRef());
