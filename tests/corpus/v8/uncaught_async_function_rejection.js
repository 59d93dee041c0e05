// An async function that throws a TypeError with nobody awaiting it.
async function main() {
  await null;
  const list = undefined;
  list.forEach((x) => console.log(x));
}
main();
