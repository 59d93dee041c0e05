// Throwing the callback's error: an uncaught exception printed as Node prints it.
const fs = require('fs');
fs.readFile('missing.txt', 'utf8', (err, text) => {
  if (err) throw err;
  console.log(text);
});
