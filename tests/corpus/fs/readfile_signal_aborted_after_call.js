const fs = require('fs');
const ac = new AbortController();
fs.readFile(__filename, { signal: ac.signal }, (err, d) => console.log(err ? [err.name, err.code, err.message] : 'read'));
ac.abort();
const ac2 = new AbortController();
fs.promises.readFile(__filename, { signal: ac2.signal }).catch((e) => console.log('promise', e.name, e.message));
ac2.abort();
fs.readFile(__filename, { flag: 'r', encoding: 'base64' }, (err, d) => console.log(typeof d, d.length > 10));
