// Awaiting fs.promises calls in sequence, with a timer and an immediate in between.
const fsp = require('fs/promises');
setImmediate(() => console.log('immediate'));
(async () => {
  console.log('start');
  await fsp.stat('fixtures/hello.txt');
  console.log('after stat');
  await new Promise((r) => setTimeout(r, 5));
  console.log('after timer');
  const text = await fsp.readFile('fixtures/hello.txt', 'utf8');
  console.log('after read', text.length);
})();
console.log('main end');
