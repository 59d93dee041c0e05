// A watcher keeps the process alive until closed; an unref'd one does not.
const fs = require('fs');
fs.watch('fixtures/hello.txt').unref();
process.on('exit', () => console.log('exited: the unref\'d watcher did not hold the loop'));
