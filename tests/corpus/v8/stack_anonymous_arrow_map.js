// An anonymous arrow inside map: a frame with no name, then Array.map (<anonymous>).
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
try {
  [1, 2].map((x) => {
    if (x === 2) throw new Error('two');
    return x;
  });
} catch (e) {
  show(e);
}
