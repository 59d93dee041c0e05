// A tick queued by an fs callback throws in that callback's drain.
const fs = require('fs');
process.on('uncaughtException', (err) => console.log('caught:', err.message));
fs.readFile('fixtures/hello.txt', 'utf8', () => {
  console.log('read done');
  process.nextTick(() => {
    console.log('tick 1 throws');
    throw new Error('tick failed');
  });
  process.nextTick(() => console.log('tick 2'));
  Promise.resolve().then(() => console.log('promise'));
  setImmediate(() => console.log('immediate'));
});
