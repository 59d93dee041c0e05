// An fs.promises rejection awaited through two async functions, and an error made after it.
const show = (stack) => console.log(stack.split(__dirname).join('$DIR'));
const fs = require('fs');
async function readMissing() {
  return await fs.promises.readFile('does-not-exist.txt');
}
async function loadAll() {
  await readMissing();
}
async function wrap() {
  try {
    await fs.promises.stat('also-missing');
  } catch (cause) {
    throw new Error('wrapped', { cause });
  }
}
async function outer() {
  await wrap();
}
async function main() {
  try {
    await loadAll();
  } catch (e) {
    show(e.stack);
  }
  try {
    await outer();
  } catch (e) {
    show(e.stack);
  }
}
main();
