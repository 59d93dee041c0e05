// A setTimeout(0) set in an fs.stat callback against a readFile of the main script.
const fs = require('fs');
fs.stat(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
});
fs.readFile(__filename, () => console.log('readFile'));
