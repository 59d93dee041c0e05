// readFile/writeFile/appendFile on a descriptor: read from its current position, write at it.
const fs = require('fs');
const f = 'tmp_readfile_fd_position.txt';
fs.writeFileSync(f, 'hello world, this is a file');
const fd = fs.openSync(f, 'r+');
const b = Buffer.alloc(6);
fs.readSync(fd, b, 0, 6, null);
console.log('read first:', b.toString());
console.log('rest sync:', fs.readFileSync(fd, 'utf8'));
console.log('again:', JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.writeFileSync(fd, 'XYZ');
fs.appendFileSync(fd, '!!');
fs.closeSync(fd);
console.log(fs.readFileSync(f, 'utf8'));
const fd2 = fs.openSync(f, 'r');
fs.readFile(fd2, 'utf8', (err, s) => {
  console.log('cb', err, s);
  fs.readFile(fd2, (err, s2) => {
    console.log('cb2', err, s2);
    fs.closeSync(fd2);
    fs.unlinkSync(f);
  });
});
setImmediate(() => console.log('immediate'));
