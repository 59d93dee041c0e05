// map with an async function against ticks and promises: the same interleaving as Node.
const { Readable } = require('stream');
Readable.from([1, 2, 3])
  .map(async (x) => {
    console.log('map', x);
    await null;
    return x * 2;
  })
  .on('data', (x) => {
    console.log('data', x);
    process.nextTick(() => console.log('tick after', x));
    Promise.resolve().then(() => console.log('promise after', x));
  })
  .on('end', () => console.log('end'));
console.log('sync');
