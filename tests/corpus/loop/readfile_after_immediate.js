// An fs.readFile callback (several thread-pool round trips) comes after an immediate queued by the main script;
// immediates queued from the readFile callback run before a 0ms timer queued there.
const fs = require('node:fs');
fs.readFile(__filename, () => {
  console.log('readFile callback');
  setTimeout(() => console.log('timeout from readFile'), 0);
  setImmediate(() => console.log('immediate from readFile'));
  process.nextTick(() => console.log('nextTick from readFile'));
});
setImmediate(() => console.log('immediate from main'));
