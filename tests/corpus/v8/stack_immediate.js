// An error in an immediate: the frame is Immediate._onImmediate.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
setImmediate(() => {
  try {
    throw new Error('in immediate');
  } catch (e) {
    show(e);
  }
});
