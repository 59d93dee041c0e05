// fs.write with a Buffer and with a string; callbacks in the poll phase.
const fs = require('fs');
const fd = fs.openSync('w.txt', 'w');
fs.write(fd, Buffer.from('abc'), 0, 3, null, (err, written, buf) => {
  console.log('buffer write', err, written, String(buf));
  setImmediate(() => console.log('immediate (check phase, after this poll callback)'));
  fs.write(fd, 'def', (err2, written2, str) => {
    console.log('string write', err2, written2, str);
    fs.closeSync(fd);
    console.log(fs.readFileSync('w.txt', 'utf8'));
  });
});
process.nextTick(() => console.log('tick'));
