const fs = require('fs');
const fsp = require('fs/promises');
const ac = new AbortController();
fs.readFile(__filename, { signal: ac.signal }, (err, d) => console.log('cb1', err ? err.name : 'read'));
fsp.readFile(__filename, { signal: ac.signal }).then(() => console.log('p1 read'), (e) => console.log('p1', e.name, e.code, e.cause));
ac.abort('why');
const ac2 = new AbortController(); ac2.abort();
fs.readFile(__filename, { signal: ac2.signal }, (err) => console.log('cb2 at once', err.message, err.cause.name));
console.log('sync end');
fsp.readFile(__filename, 'utf8').then((d) => {
  console.log('plain', d.length > 0);
  // Aborted a microtask later: fs/promises checks the signal again once the file is open.
  const ac3 = new AbortController();
  fsp.readFile(__filename, { signal: ac3.signal }).catch((e) => console.log('p3', e.message));
  Promise.resolve().then(() => ac3.abort());
});
