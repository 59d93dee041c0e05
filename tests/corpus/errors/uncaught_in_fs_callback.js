// An error thrown in an fs callback: its stack ends in the request's oncomplete.
const fs = require('fs');
fs.readFile(__filename, 'utf8', function onRead(err, text) {
  console.log('read', text.length > 0);
  fs.stat(__filename, (statErr, stats) => {
    console.log('is a file', stats.isFile());
    throw new Error('stats are in');
  });
});
