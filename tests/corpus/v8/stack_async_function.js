// An error after await in nested async functions: 'async' frames.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
async function inner() {
  await null;
  throw new Error('async boom');
}
async function outer() {
  await inner();
}
outer().catch(show);
