// for await over an array of values and promises takes at least one tick per element; a side chain interleaves.
async function main() {
  for await (const x of [1, Promise.resolve(2), 3]) console.log('item', x);
  console.log('loop done');
}
main();
Promise.resolve().then(() => console.log('side 1')).then(() => console.log('side 2'))
  .then(() => console.log('side 3')).then(() => console.log('side 4'));
