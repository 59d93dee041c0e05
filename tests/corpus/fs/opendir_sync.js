// opendirSync hands out Dirents one at a time, null at the end; a closed Dir throws ERR_DIR_CLOSED.
const fs = require('fs');
const root = 'tmp_opendir_sync';
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(`${root}/only`, { recursive: true });
const dir = fs.opendirSync(root);
console.log(dir.path, dir instanceof fs.Dir);
const first = dir.readSync();
console.log(first.name, first.isDirectory(), first.isFile(), first.path);
console.log(dir.readSync());
dir.closeSync();
try { dir.readSync(); } catch (e) { console.log(e.code, e.message); }
try { dir.closeSync(); } catch (e) { console.log(e.code, e.message); }
try { fs.opendirSync(`${root}/missing`); } catch (e) { console.log(e.message, e.code, e.syscall); }
dir.close().catch((e) => console.log('close promise', e.code));
fs.rmSync(root, { recursive: true });
