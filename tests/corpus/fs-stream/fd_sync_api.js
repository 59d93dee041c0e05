// openSync / readSync / writeSync / fstatSync / closeSync.
const fs = require('fs');
const fd = fs.openSync('notes.txt', 'w+');
console.log('written', fs.writeSync(fd, 'hello world'));
console.log('written at 6', fs.writeSync(fd, 'WORLD', 6));
const buf = Buffer.alloc(20);
console.log('read', fs.readSync(fd, buf, 0, 20, 0), JSON.stringify(buf.toString('utf8', 0, 11)));
console.log('size', fs.fstatSync(fd).size, fs.fstatSync(fd).isFile());
fs.closeSync(fd);
try {
  fs.closeSync(fd);
} catch (e) {
  console.log(e.code, e.syscall, e.message);
}
console.log(fs.readFileSync('notes.txt', 'utf8'));
