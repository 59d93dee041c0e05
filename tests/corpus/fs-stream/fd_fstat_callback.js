// fs.fstat gives the size of an open file.
const fs = require('fs');
fs.open('bigfile.txt', 'r', (err, fd) => {
  fs.fstat(fd, (err2, stats) => {
    console.log('fstat', err2, stats.size, stats.isFile(), stats.isDirectory());
    fs.close(fd, () => console.log('closed'));
  });
});
