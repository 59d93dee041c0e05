// `for await` over an async generator that throws, and an async generator awaiting a chain.
const show = (stack) => console.log(stack.split(__dirname).join('$DIR'));
async function source() {
  await null;
  throw new Error('source failed');
}
async function* items() {
  yield 1;
  await source();
}
async function consume() {
  for await (const item of items()) {
    console.log('item', item);
  }
}
async function* broken() {
  await null;
  throw new Error('generator failed');
}
async function drain() {
  for await (const item of broken()) {
    console.log(item);
  }
}
async function main() {
  try {
    await consume();
  } catch (e) {
    show(e.stack);
  }
  try {
    await drain();
  } catch (e) {
    show(e.stack);
  }
}
main();
