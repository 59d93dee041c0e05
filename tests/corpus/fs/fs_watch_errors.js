// fs.watch on a missing path throws ENOENT for 'watch' (with filename); close twice is harmless.
const fs = require('fs');
try {
  fs.watch('no_such_file.txt');
} catch (err) {
  console.log(err.message, err.code, err.syscall, err.errno, err.filename, Object.keys(err));
}
const w = fs.watch('fixtures/hello.txt', () => console.log('never'));
w.on('close', () => console.log('close event'));
w.close();
w.close();
console.log('closed synchronously; close event comes on the next tick');
