// utimes takes seconds (number or numeric string) or Dates; stat shows atime and mtime; errors name `utime`.
const fs = require('fs');
const f = 'tmp_utimes_forms.txt';
fs.writeFileSync(f, 'x');
fs.utimesSync(f, 1000, 2000.5);
let s = fs.statSync(f);
console.log(s.atimeMs, s.mtimeMs, s.atime.toISOString(), s.mtime.toISOString());
fs.utimesSync(f, new Date('2020-01-02T03:04:05Z'), '86400');
s = fs.statSync(f);
console.log(s.atime.toISOString(), s.mtime.toISOString());
try { fs.utimesSync('tmp_utimes_missing', 1, 1); } catch (e) { console.log(e.message, e.code, e.syscall); }
try { fs.utimesSync(f, {}, 1); } catch (e) { console.log(e.code, e.message); }
try { fs.futimesSync(12345, 1, 1); } catch (e) { console.log(e.message, e.syscall); }
const fd = fs.openSync(f, 'r');
fs.futimesSync(fd, 10, 20);
fs.closeSync(fd);
console.log(fs.statSync(f).mtimeMs);
fs.utimes(f, 5, 6, (err) => {
  console.log('cb', err, fs.statSync(f).atimeMs, fs.statSync(f).mtimeMs);
  fs.promises.utimes(f, new Date(0), new Date(1e12)).then(() => {
    console.log('promise', fs.statSync(f).mtime.toISOString());
    fs.lutimesSync(f, 7, 8);
    console.log('lutimes', fs.statSync(f).mtimeMs);
    fs.unlinkSync(f);
  });
});
