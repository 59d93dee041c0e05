// highWaterMark and encoding: string chunks of the given size.
const fs = require('fs');
const s = fs.createReadStream('file.txt', { highWaterMark: 16, encoding: 'utf8' });
s.on('data', (d) => console.log(typeof d, d.length, JSON.stringify(d)));
s.on('end', () => console.log('end, bytesRead', s.bytesRead));
