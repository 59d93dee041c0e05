// An arrow function assigned to a const takes the const's name in the frame.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
const check = (n) => {
  if (n < 0) throw new RangeError('negative');
};
try {
  check(-1);
} catch (e) {
  show(e);
}
