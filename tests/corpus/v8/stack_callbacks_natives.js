// Callbacks called by Array methods show the built-in's frame (Array.forEach, Array.filter).
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
function check(n) {
  if (n > 1) throw new Error('too big: ' + n);
  return true;
}
try {
  [1, 2].forEach(check);
} catch (e) {
  show(e);
}
try {
  [0, 5].filter((n) => check(n));
} catch (e) {
  show(e);
}
