// chown to the process's own ids succeeds; a missing path fails with ENOENT naming chown or lchown; bad ids are validated.
const fs = require('fs');
const f = 'tmp_chown_forms.txt';
fs.writeFileSync(f, 'x');
const { uid, gid } = fs.statSync(f);
fs.chownSync(f, uid, gid);
fs.lchownSync(f, uid, gid);
console.log('sync ok');
try { fs.chownSync('tmp_chown_missing', uid, gid); } catch (e) { console.log(e.message, e.syscall); }
try { fs.lchownSync('tmp_chown_missing', uid, gid); } catch (e) { console.log(e.message, e.syscall); }
try { fs.chownSync(f, 'a', 1); } catch (e) { console.log(e.code, e.message); }
try { fs.chownSync(f, -2, 1); } catch (e) { console.log(e.code, e.message); }
try { fs.fchownSync(4242, uid, gid); } catch (e) { console.log(e.message, e.syscall); }
fs.chown(f, uid, gid, (err) => {
  console.log('cb', err);
  fs.promises.chown('tmp_chown_missing', uid, gid).catch((e) => {
    console.log('promise', e.message);
    fs.unlinkSync(f);
  });
});
