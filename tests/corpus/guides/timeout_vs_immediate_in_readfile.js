// "The Node.js Event Loop" guide: inside an I/O callback the immediate always runs before a setTimeout(0).
const fs = require('node:fs');

fs.readFile(__filename, () => {
  setTimeout(() => {
    console.log('timeout');
  }, 0);
  setImmediate(() => {
    console.log('immediate');
  });
});
