// Each failing `new` names its own callee, though another `new` follows in the list.
const things = { make: () => ({}) };
const tests = [
  () => new things.make(),
  () => new Math.max(),
  () => new Symbol(),
  () => { const o = { m() {} }; return new o.m(); },
  () => new BigInt(1),
];
for (const t of tests) {
  try {
    t();
    console.log('ok');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
