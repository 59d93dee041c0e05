function* steps() {
  const a = 1;
  yield a;
  yield 2;
}
const it = steps();
it.next();
it.throw(new Error('boom'));
