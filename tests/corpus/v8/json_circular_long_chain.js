// A long cycle: V8 elides the middle of the path with '...'.
const a = { name: 'a' };
a.b = { c: { d: { e: { f: { g: { back: a } } } } } };
try {
  JSON.stringify(a);
} catch (e) {
  console.log(e.message);
}
