// A read stream on a missing file: 'error' (ENOENT from open), then 'close'.
const fs = require('fs');
const s = fs.createReadStream('nope.txt');
s.on('open', () => console.log('open?'));
s.on('error', (e) => console.log('error', e.code, e.syscall, e.message));
s.on('close', () => console.log('close'));
s.on('data', () => console.log('data?'));
