// An async function that throws before its first await: a plain frame plus the caller.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
async function load() {
  throw new Error('sync part');
}
async function main() {
  try {
    await load();
  } catch (e) {
    show(e);
  }
}
main();
