// One loop iteration visits the phases in order: timers, pending, poll (I/O), check
// (setImmediate), close. From inside an I/O callback (the poll phase), the check phase
// comes next and the timers phase only in the next iteration.
const fs = require('fs');

fs.readFile('file.txt', () => {
  console.log('poll: the file was read');
  setTimeout(() => console.log('timers: next iteration'), 0);
  setImmediate(() => console.log('check: same iteration'));
  process.nextTick(() => console.log('nextTick: right after this callback'));
});
