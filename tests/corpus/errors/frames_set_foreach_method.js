// A Set's forEach with a thisArg: the callback's frame is named by the thisArg's type.
const clean = (stack) => stack.split(__dirname + '/').join('');
class Inventory { check(item) { if (item === 'x') throw new Error('unknown item x'); } }
const inv = new Inventory();
try {
  new Set(['a', 'x']).forEach(function (item) { this.check(item); }, inv);
} catch (e) {
  console.log(clean(e.stack).split('\n').slice(0, 4).join('\n'));
}
