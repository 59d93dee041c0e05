// A chain of setImmediate does not starve: an immediate queued during the check phase
// waits for the next loop iteration, so timers and I/O get their turn in between.
const fs = require('fs');

const N = 2000;
let n = 0;
function again() {
  n += 1;
  if (n < N) setImmediate(again);
  else console.log('immediate chain ends');
}
setImmediate(again);
fs.readFile('file.txt', () => console.log('I/O callback ran during the chain:', n < N));
