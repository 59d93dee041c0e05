// Where V8 adds no async frames, or stops the chain.
const show = (stack) => console.log(stack.split(__dirname).join('$DIR'));
async function early() {
  throw new Error('before the first await');
}
async function callsEarly() {
  await early();
}
async function madeEarly() {
  const e = new Error('made before awaiting');
  await null;
  throw e;
}
async function rethrows() {
  await madeEarly();
}
async function viaThen() {
  await null;
  throw new Error('reached through then');
}
async function returnsPromise() {
  await null;
  return viaThen();
}
async function main() {
  const runs = [
    callsEarly,
    rethrows,
    returnsPromise,
  ];
  for (const run of runs) {
    try {
      await run();
    } catch (e) {
      show(e.stack);
    }
  }
}
main();
