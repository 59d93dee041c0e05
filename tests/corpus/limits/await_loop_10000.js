// An async function awaiting 10,000 times in a loop.
async function run() {
  let i = 0;
  while (i < 10000) { await null; i++; }
  return i;
}
run().then((v) => console.log('awaited', v, 'times'));
