// a+ descriptors, closing twice, appendFile and truncate in their forms.
const fs = require('fs');
const f = 'tmp_f03.txt';
fs.writeFileSync(f, 'start\n');
const fd = fs.openSync(f, 'a+');
fs.writeSync(fd, 'appended\n');
const buf = Buffer.alloc(100);
const n = fs.readSync(fd, buf, 0, 100, 0);
console.log(n, JSON.stringify(buf.toString('utf8', 0, n)));
fs.closeSync(fd);
try { fs.closeSync(fd); } catch (e) { console.log(e.code, e.message, e.syscall); }
fs.appendFileSync(f, Buffer.from('more'));
fs.appendFile(f, '!', err => {
  console.log('append', err, JSON.stringify(fs.readFileSync(f, 'utf8')));
  fs.truncateSync(f, 3);
  console.log(fs.readFileSync(f, 'latin1'), fs.statSync(f).size);
  fs.truncate(f, (e) => { console.log('trunc', e, fs.statSync(f).size); fs.unlinkSync(f); });
});
