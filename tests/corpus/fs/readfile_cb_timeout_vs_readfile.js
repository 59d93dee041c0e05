// In a readFile callback: setTimeout(0) against a readFile started right after it.
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  fs.readFile(__filename, () => console.log('readFile'));
});
