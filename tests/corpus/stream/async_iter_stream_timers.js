// for await over a Readable, with timers and immediates interleaved.
const { Readable } = require('stream');
const r = Readable.from(['a', 'b', 'c']);
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
(async () => {
  for await (const chunk of r) {
    console.log('chunk', chunk);
    await null;
  }
  console.log('done');
})();
Promise.resolve().then(() => console.log('micro'));
console.log('sync');
