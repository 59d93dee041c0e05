// cpSync copies a tree with `recursive`; without it a directory is ERR_FS_EISDIR; copying into itself is ERR_FS_CP_EINVAL.
const fs = require('fs');
const root = 'tmp_cp_recursive';
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(`${root}/src/sub/deep`, { recursive: true });
fs.writeFileSync(`${root}/src/a.txt`, 'A');
fs.writeFileSync(`${root}/src/sub/b.txt`, 'B');
fs.writeFileSync(`${root}/src/sub/deep/c.txt`, 'C');
try { fs.cpSync(`${root}/src`, `${root}/dst`); } catch (e) { console.log(e.name, e.code, e.message, e.errno, e.syscall); }
fs.cpSync(`${root}/src`, `${root}/dst`, { recursive: true });
console.log(fs.readdirSync(`${root}/dst`, { recursive: true }).sort());
console.log(fs.readFileSync(`${root}/dst/sub/deep/c.txt`, 'utf8'));
try { fs.cpSync(`${root}/src`, `${root}/src/sub/inside`, { recursive: true }); } catch (e) { console.log(e.code, e.message); }
try { fs.cpSync(`${root}/src/a.txt`, `${root}/dst/a.txt`, { force: false, errorOnExist: true }); } catch (e) { console.log(e.code, e.message); }
fs.writeFileSync(`${root}/src/a.txt`, 'A2');
fs.cpSync(`${root}/src/a.txt`, `${root}/dst/a.txt`, { force: false });
console.log(fs.readFileSync(`${root}/dst/a.txt`, 'utf8'));
fs.cpSync(`${root}/src/a.txt`, `${root}/dst/a.txt`);
console.log(fs.readFileSync(`${root}/dst/a.txt`, 'utf8'));
try { fs.cpSync(`${root}/nope`, `${root}/x`); } catch (e) { console.log(e.message, e.code); }
fs.cpSync(`${root}/src`, `${root}/filtered`, { recursive: true, filter: (s) => !s.endsWith('b.txt') });
console.log(fs.readdirSync(`${root}/filtered`, { recursive: true }).sort());
fs.rmSync(root, { recursive: true });
