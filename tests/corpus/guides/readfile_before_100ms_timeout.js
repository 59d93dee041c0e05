// "The Node.js Event Loop" guide (timers section), without wall-clock printing: a quick fs.readFile callback runs in the poll phase before a 100ms timer.
const fs = require('node:fs');

function someAsyncOperation(callback) {
  fs.readFile(__filename, callback);
}

setTimeout(() => {
  console.log('timeout after 100ms');
}, 100);

someAsyncOperation(() => {
  console.log('readFile callback');
});
