// Promise.all / allSettled / any of async calls: V8 shows the combinator and the index.
const show = (stack) => console.log(stack.split(__dirname).join('$DIR'));
async function task(n) {
  await null;
  if (n === 1) throw new Error(`task ${n} failed`);
  return n;
}
async function main() {
  try {
    await Promise.all([task(0), task(1), task(2)]);
  } catch (e) {
    show(e.stack);
  }
  const results = await Promise.allSettled([task(1)]);
  show(results[0].reason.stack);
  try {
    await Promise.any([task(1)]);
  } catch (e) {
    show(e.errors[0].stack);
  }
}
main();
