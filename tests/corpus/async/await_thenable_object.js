// await of a thenable calls its then in a microtask.
async function f() {
  console.log('f start');
  const v = await { then(r) { console.log('then'); r(7); } };
  console.log('f got', v);
}
f();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
console.log('sync end');
