// A method passed as reduce's callback loses its receiver: its frame is its bare name.
const clean = (stack) => stack.split(__dirname + '/').join('');
class Stats {
  add(sum, n) {
    if (typeof n !== 'number') throw new TypeError(`not a number: ${n}`);
    return sum + n;
  }
}
const stats = new Stats();
try {
  console.log([1, 2, 'x'].reduce(stats.add, 0));
} catch (e) {
  console.log(clean(e.stack).split('\n').slice(0, 3).join('\n'));
}
console.log([1, 2, 'x'].reduce((s, n) => stats.add(s, n), 0));
