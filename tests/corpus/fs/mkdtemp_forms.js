// mkdtemp appends six characters to the prefix and makes the directory; a missing parent fails with the XXXXXX template.
const fs = require('fs');
const root = 'tmp_mkdtemp_forms';
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(root);
const a = fs.mkdtempSync(`${root}/job-`);
console.log(a.length === `${root}/job-`.length + 6, a.startsWith(`${root}/job-`), fs.statSync(a).isDirectory());
try { fs.mkdtempSync(`${root}/no/such-`); } catch (e) { console.log(e.message, e.code, e.syscall); }
try { fs.mkdtempSync(42); } catch (e) { console.log(e.code, e.message); }
fs.mkdtemp(`${root}/cb-`, (err, dir) => {
  console.log('cb', err, /^tmp_mkdtemp_forms\/cb-[A-Za-z0-9]{6}$/.test(dir));
  fs.promises.mkdtemp(`${root}/p-`).then((dir2) => {
    console.log('promise', /p-[A-Za-z0-9]{6}$/.test(dir2), fs.readdirSync(root).length);
    return fs.promises.mkdtemp(`${root}/zz/q-`);
  }).catch((e) => {
    console.log('promise error', e.code, e.syscall);
    fs.rmSync(root, { recursive: true });
  });
});
