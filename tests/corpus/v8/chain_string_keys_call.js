// Bracket keys in a failing call: V8 prints them as dotted names.
const obj = { a: {} };
try {
  obj['a']['run']();
} catch (e) {
  console.log(e.message);
}
