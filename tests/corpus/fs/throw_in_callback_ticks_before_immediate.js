// An fs callback throws after queueing a tick, a microtask and an immediate: the failed
// callback scope skips the drain, and the check phase runs it before the immediate.
const fs = require('fs');
process.on('uncaughtException', (err) => console.log('caught:', err.message));
fs.readFile('fixtures/hello.txt', 'utf8', (err, text) => {
  console.log('read', text);
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
  setImmediate(() => console.log('immediate'));
  throw new Error('bad data');
});
