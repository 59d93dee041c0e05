// fs.promises.readFile rejects with ENOENT; Node's stack shows its own async frames.
const fsp = require('fs/promises');
fsp.readFile('missing.txt').catch((err) => {
  console.log(err);
  console.log(err.code, err.syscall, err.path);
});
