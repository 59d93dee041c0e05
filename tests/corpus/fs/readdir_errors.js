// readdir errors: ENOENT and ENOTDIR for scandir.
const fs = require('fs');
try { fs.readdirSync('nope'); } catch (err) { console.log(err.message, err.syscall); }
try { fs.readdirSync('fixtures/hello.txt'); } catch (err) { console.log(err.message, err.code, err.errno); }
fs.readdir('nope', (err) => console.log(err));
fs.promises.readdir('fixtures/hello.txt').catch((err) => console.log(err));
