// Inside an I/O callback the immediate always comes before a 0 ms timeout (check comes before timers).
const fs = require('fs');
fs.readFile('fixtures/hello.txt', () => {
  console.log('readFile callback (poll phase)');
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
});
