// Inside a readFile callback: ticks, a promise queuing a tick, an immediate starting another read.
const fs = require('fs');
fs.readFile(__filename, () => {
  console.log('read');
  process.nextTick(() => console.log('tick 1'));
  Promise.resolve().then(() => { console.log('promise'); process.nextTick(() => console.log('tick 2')); });
  setImmediate(() => { console.log('imm'); fs.readFile(__filename, () => console.log('read 2')); });
});
