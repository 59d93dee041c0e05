// A path method called with a non-string: Node's validator error, rethrown by hideStackFrames,
// opens its stack with the method's own frame in lib/path.js.
const path = require('path');
const show = (e) => console.log(e.stack.split(__dirname).join('.'));
for (const call of [
  () => path.join('a', 1),
  () => path.resolve('a', 2),
  () => path.normalize(1),
  () => path.isAbsolute(1),
  () => path.relative(1, 'a'),
  () => path.relative('a', 1),
  () => path.dirname(1),
  () => path.basename(1),
  () => path.basename('a', 2),
  () => path.extname(1),
  () => path.parse(1),
  () => path.posix.join(null),
]) {
  try { call(); } catch (e) { show(e); }
}
path.join({});
