// Inside an I/O callback there is no race: the check phase (immediates) always comes
// before the next iteration's timers phase.
const fs = require('fs');

fs.readFile('file.txt', () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
