// An engine TypeError's stack starts with its V8 message and points at the read.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
function len(s) {
  return s.length;
}
try {
  len(null);
} catch (e) {
  show(e);
}
