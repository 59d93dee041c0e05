// A chain of async functions awaiting each other: V8 appends `at async <fn>` for each
// function suspended at an `await` of the next one's call.
const show = (stack) => console.log(stack.split(__dirname).join('$DIR'));
async function inner() {
  await null;
  throw new Error('boom');
}
async function middle() {
  await inner();
}
async function outer() {
  const value = await middle();
  return value;
}
async function deep(n) {
  if (n === 0) {
    await Promise.resolve();
    throw new RangeError('bottom');
  }
  return await deep(n - 1);
}
async function main() {
  try {
    await outer();
  } catch (e) {
    show(e.stack);
  }
  try {
    await deep(3);
  } catch (e) {
    show(e.stack);
  }
  // A limit counts the async frames too.
  Error.stackTraceLimit = 3;
  try {
    await outer();
  } catch (e) {
    show(e.stack);
  }
  Error.stackTraceLimit = 10;
}
main();
