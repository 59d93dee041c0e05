// Named functions given straight to setTimeout and setImmediate: V8 names the frames
// Timeout.tick [as _onTimeout] and Immediate.later [as _onImmediate].
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
function later() {
  try {
    throw new Error('later');
  } catch (e) {
    show(e);
  }
}
function tick() {
  try {
    throw new Error('tick');
  } catch (e) {
    show(e);
  }
  setImmediate(later);
}
setTimeout(tick, 0);
