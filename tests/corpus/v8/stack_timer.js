// An error in a timer callback: the frame is Timeout._onTimeout.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
setTimeout(() => {
  try {
    throw new Error('in timer');
  } catch (e) {
    show(e);
  }
}, 0);
