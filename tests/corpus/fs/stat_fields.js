// Stats: the deterministic fields and the type predicates (times and inodes differ per machine).
const fs = require('fs');
const st = fs.statSync('fixtures/hello.txt');
console.log(Object.keys(st));
console.log(st.size, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.isFIFO(), st.isSocket(), st.isBlockDevice(), st.isCharacterDevice());
console.log(st instanceof fs.Stats, st.constructor.name, (st.mode & 0o170000).toString(8));
console.log(st.mtime instanceof Date, typeof st.mtimeMs, typeof st.ino, typeof st.blksize);
const d = fs.statSync('fixtures');
console.log(d.isDirectory(), d.isFile(), (d.mode & 0o170000).toString(8));
