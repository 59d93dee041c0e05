// V8 follows an async function's promise wherever it is awaited: stored in a variable and
// awaited later, or through a `.then` whose promise is awaited.
const show = (stack) => console.log(stack.split(__dirname).join('$DIR'));
async function later() {
  await null;
  await new Promise((resolve) => setTimeout(resolve, 1));
  throw new Error('after a timer');
}
async function awaitsLater() {
  const pending = later();
  await pending;
}
async function viaThen() {
  await null;
  throw new Error('reached through then');
}
async function main() {
  for (const run of [awaitsLater, () => viaThen().then(() => {})]) {
    try {
      await run();
    } catch (e) {
      show(e.stack);
    }
  }
}
main();
