// stat and lstat in callback and promise forms; lstat's errors name lstat.
const fs = require('fs');
fs.stat('fixtures/lines.txt', (err, st) => {
  console.log('stat', err, st.size, st.isFile());
  fs.lstat('fixtures/lines.txt', (err2, lst) => {
    console.log('lstat', err2, lst.size, lst.isSymbolicLink());
    fs.promises.stat('fixtures').then((ds) => console.log('promise stat dir', ds.isDirectory()));
    fs.promises.lstat('missing').catch((e) => console.log(e));
  });
});
fs.stat('missing', (err) => console.log(err.message));
fs.lstat('missing', (err) => console.log(err.message));
try { fs.lstatSync('missing'); } catch (err) { console.log(err.message); }
console.log(fs.statSync('missing', { throwIfNoEntry: false }), fs.lstatSync('missing', { throwIfNoEntry: false }));
