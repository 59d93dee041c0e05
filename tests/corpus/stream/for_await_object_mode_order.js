// for await against nextTick and promises.
const { Readable } = require('stream');
const r = Readable.from(['a', 'b']);
(async () => {
  for await (const x of r) {
    console.log('got', x);
    process.nextTick(() => console.log('tick after', x));
    Promise.resolve().then(() => console.log('promise after', x));
  }
  console.log('done');
})();
console.log('sync end');
