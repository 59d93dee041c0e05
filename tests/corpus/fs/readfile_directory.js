// Reading a directory fails at read: EISDIR without a path, in all three forms.
const fs = require('fs');
try { fs.readFileSync('fixtures'); } catch (err) { console.log('sync', err.message, err.syscall, err.path); }
fs.readFile('fixtures', (err) => {
  console.log('callback', err);
  fs.promises.readFile('fixtures').catch((e) => console.log('promise', e.message, e.errno));
});
