// mkdir errors: EEXIST, ENOENT without recursive, ENOTDIR through a file.
const fs = require('fs');
try { fs.mkdirSync('fixtures'); } catch (err) { console.log(err.message, err.errno); }
try { fs.mkdirSync('tmp_mkdir_errors/a/b'); } catch (err) { console.log(err.message); }
try { fs.mkdirSync('fixtures/hello.txt/x', { recursive: true }); } catch (err) { console.log(err.message, err.code); }
fs.mkdir('fixtures', (err) => console.log(err));
fs.promises.mkdir('fixtures').catch((err) => console.log(err));
