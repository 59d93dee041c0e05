async function* g() {
  console.log('gen start');
  const x = yield 1;
  console.log('gen got', x);
  yield 2;
  return 3;
}
const it = g();
it.next().then(r => console.log('r1', r));
it.next('hello').then(r => console.log('r2', r));
it.next().then(r => console.log('r3', r));
it.next().then(r => console.log('r4', r));
console.log('sync done');
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
