// `await x` is a promise callback: the rest of the function runs as a microtask.
async function main() {
  console.log('main starts');
  await null;
  console.log('main resumes after await');
}
main();
console.log('main() returned a promise');
