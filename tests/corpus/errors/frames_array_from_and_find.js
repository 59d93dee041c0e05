// Callbacks of Array.from, find and some, with a method inside.
const clean = (stack) => stack.split(__dirname + '/').join('');
class Validator { isBad(x) { if (x === null) throw new TypeError('null item'); return x < 0; } }
const v = new Validator();
for (const f of [
  () => Array.from([1, null], (x) => v.isBad(x)),
  () => [1, null].find((x) => v.isBad(x)),
  () => [1, null].some(function (x) { return this.isBad(x); }, v),
]) {
  try { f(); } catch (e) { console.log(clean(e.stack).split('\n').slice(0, 4).join('\n')); }
}
