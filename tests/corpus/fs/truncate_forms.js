// truncate shortens or zero-extends a file; a missing file fails at open, a directory with EISDIR; ftruncate works on a descriptor.
const fs = require('fs');
const f = 'tmp_truncate_forms.txt';
fs.writeFileSync(f, 'hello world');
fs.truncateSync(f, 5);
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
fs.truncateSync(f, 8);
console.log(fs.readFileSync(f));
fs.truncateSync(f);
console.log(fs.statSync(f).size);
try { fs.truncateSync('tmp_truncate_missing.txt', 1); } catch (e) { console.log(e.message, e.code); }
try { fs.truncateSync('.', 1); } catch (e) { console.log(e.message, e.code); }
try { fs.truncateSync(f, 'x'); } catch (e) { console.log(e.code, e.message); }
try { fs.ftruncateSync(999); } catch (e) { console.log(e.message, e.code, e.syscall); }
fs.writeFileSync(f, 'abcdef');
const fd = fs.openSync(f, 'r+');
fs.ftruncateSync(fd, 3);
fs.closeSync(fd);
console.log(fs.readFileSync(f, 'utf8'));
fs.truncate(f, 1, (err) => {
  console.log('cb', err, fs.readFileSync(f, 'utf8'));
  fs.promises.truncate(f, 4).then(() => {
    console.log('promise', fs.readFileSync(f));
    return fs.promises.truncate('tmp_truncate_missing.txt');
  }).catch((e) => {
    console.log('promise error', e.message);
    fs.unlinkSync(f);
  });
});
