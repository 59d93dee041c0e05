// After `await setTimeout(1)` from timers/promises, the resumed chain keeps its async frames.
const show = (stack) => console.log(stack.split(__dirname).join('$DIR'));
const { setTimeout: sleep, setImmediate: nextImmediate } = require('timers/promises');
async function poll() {
  await sleep(1);
  await nextImmediate();
  throw new Error('poll failed');
}
async function watch() {
  await poll();
}
async function main() {
  try {
    await watch();
  } catch (e) {
    show(e.stack);
  }
}
main();
