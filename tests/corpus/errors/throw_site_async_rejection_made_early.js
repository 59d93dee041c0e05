// An error made early, thrown later from an async function.
const early = new Error('made early');
async function main() {
  await null;
  throw early;
}
main();
