// fs.open, fs.read, fs.close with callbacks; descriptor numbers as Node hands them out.
const fs = require('fs');
fs.open('file.txt', 'r', (err, fd) => {
  console.log('open', err, typeof fd);
  const buf = Buffer.alloc(5);
  fs.read(fd, buf, 0, 5, 0, (err2, bytesRead, buffer) => {
    console.log('read', err2, bytesRead, buffer === buf, String(buffer));
    fs.read(fd, buf, 0, 5, null, (err3, n) => {
      console.log('read again from 0 (sequential)', n, String(buf));
      fs.close(fd, (err4) => console.log('close', err4));
    });
  });
});
console.log('main done');
