// Each fs/promises call's rejection carries lib/internal/fs/promises.js's own frames (made on
// the thread pool, no frames of the program): truncate's and realpath's too.
const fsp = require('fs/promises');
fsp.rm('nope').catch((e) => console.log(e.stack))
  .then(() => fsp.readdir('nope')).catch((e) => console.log(e.stack))
  .then(() => fsp.writeFile('no/dir/x', 'a')).catch((e) => console.log(e.stack))
  .then(() => fsp.appendFile('no/dir/x', 'a')).catch((e) => console.log(e.stack))
  .then(() => fsp.unlink('nope')).catch((e) => console.log(e.stack))
  .then(() => fsp.truncate('nope')).catch((e) => console.log(e.stack))
  .then(() => fsp.realpath('nope')).catch((e) => console.log(e.stack))
  .then(() => fsp.lstat('nope')).catch((e) => console.log(e.stack))
  .then(() => fsp.copyFile('nope', 'x')).catch((e) => console.log(e.stack))
  .then(() => fsp.rename('nope', 'x')).catch((e) => console.log(e.stack))
  .then(() => fsp.access('nope')).catch((e) => console.log(e.stack))
  .then(() => fsp.rmdir('nope')).catch((e) => console.log(e.stack))
  .then(() => fsp.mkdir('no/dir')).catch((e) => console.log(e.stack));
