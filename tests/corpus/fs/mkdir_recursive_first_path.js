// mkdir { recursive: true } returns the first directory it made as the caller spelled it (Node's MKDirpSync
// walks the given string), and the callback form makes one request per mkdir/stat.
const fs = require('fs');
// A scratch directory of its own, removed at exit (record.mjs runs cases in the corpus folder).
fs.mkdirSync('mkdir_first_path.tmp');
process.chdir('mkdir_first_path.tmp');
process.on('exit', () => fs.rmSync('../mkdir_first_path.tmp', { recursive: true }));
console.log(fs.mkdirSync('./a/b', { recursive: true }));
console.log(fs.mkdirSync('c//d/', { recursive: true }));
console.log(fs.mkdirSync('a/../e/f', { recursive: true }));
console.log(fs.mkdirSync('a/./g/', { recursive: true }));
console.log(fs.mkdirSync('j', { recursive: true }), fs.mkdirSync('j', { recursive: true }));
console.log(fs.mkdirSync(Buffer.from('k/l'), { recursive: true }));
fs.writeFileSync('file', 'x');
try { fs.mkdirSync('file/sub/deeper', { recursive: true }); } catch (e) { console.log(e.code, e.message); }
try { fs.mkdirSync('file', { recursive: true }); } catch (e) { console.log(e.code, e.message); }
fs.mkdir('m/n/o', { recursive: true }, (err, first) => console.log('cb', err, first));
fs.promises.mkdir('./p/q', { recursive: true }).then((first) => console.log('promise', first));
fs.mkdir('file/x', { recursive: true }, (err) => console.log('cb err', err.code, err.message));
