// Exercise: order the lines (everything starts inside an I/O callback).
const fs = require('fs');

fs.readFile('file.txt', () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  let count = 0;
  function tick() {
    if (++count < 3) process.nextTick(tick);
    console.log(`tick ${count}`);
  }
  process.nextTick(tick);
});
