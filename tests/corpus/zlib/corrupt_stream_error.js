// A corrupt stream: 'error', then 'close'; no 'end' and no 'finish'.
const zlib = require('zlib');
const gunzip = zlib.createGunzip();
for (const ev of ['data', 'end', 'finish', 'close']) gunzip.on(ev, () => console.log(ev));
gunzip.on('error', (err) => console.log('error', err.message, err.code, gunzip.destroyed));
gunzip.write(Buffer.from('this is not a gzip stream'));
gunzip.end();
