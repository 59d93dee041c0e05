// a.b.c() where c is a string.
const a = { b: { c: 'hello' } };
try {
  a.b.c();
} catch (e) {
  console.log(e.message);
}
