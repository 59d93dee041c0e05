// fs/promises errors are made on the thread pool: their stack is Node's own promise frame
// alone (`async Object.open` when the program called open, `async open` under readFile).
const fs = require('fs');
const fsp = require('fs/promises');
fsp.open('nope-open.txt', 'r')
  .catch((e) => console.log(e))
  .then(() => fsp.readFile('nope-open.txt'))
  .catch((e) => console.log(e.stack))
  .then(() => fsp.stat('nope-open.txt'))
  .catch((e) => console.log(e.stack))
  .then(() => fs.readFile('nope-open.txt', (err) => console.log(err)));
