// A missing file: the callback gets Node's ENOENT error (made on the thread pool: no stack frames).
const fs = require('fs');
fs.readFile('missing.txt', (err, data) => {
  console.log(data);
  console.log(err);
  console.log(err.message);
  console.log(err.errno, err.code, err.syscall, err.path, Object.keys(err));
  console.log(err instanceof Error, err.name, String(err));
});
