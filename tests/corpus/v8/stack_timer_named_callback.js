// A named function passed to setTimeout keeps its own name in the frame.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
function tick() {
  throw new Error('tick failed');
}
setTimeout(() => {
  try {
    tick();
  } catch (e) {
    show(e);
  }
}, 0);
