// A symbol in a template literal.
try {
  const s = Symbol('id');
  console.log(`${s}`);
} catch (e) {
  console.log(e.message);
}
