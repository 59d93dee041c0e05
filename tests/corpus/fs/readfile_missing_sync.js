// readFileSync throws ENOENT with errno, code, syscall and path.
const fs = require('fs');
try {
  fs.readFileSync('no/such/file.txt', 'utf8');
} catch (err) {
  console.log(err.message);
  console.log(err.errno, err.code, err.syscall, err.path, Object.keys(err));
}
