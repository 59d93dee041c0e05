// Two parallel readFiles; the first one's callback sets a setTimeout(0).
const fs = require('fs');
fs.readFile(__filename, () => {
  console.log('read1');
  setTimeout(() => console.log('timeout'), 0);
});
fs.readFile(__filename, () => console.log('read2'));
