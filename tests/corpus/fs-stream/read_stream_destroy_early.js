// Destroying a read stream after the first chunk: no more data, then 'close'.
const fs = require('fs');
const s = fs.createReadStream('bigfile.txt', { highWaterMark: 1024 });
let chunks = 0;
s.on('data', (d) => {
  chunks++;
  console.log('data', d.length);
  if (chunks === 2) s.destroy();
});
s.on('end', () => console.log('end?'));
s.on('close', () => console.log('close after', chunks, 'chunks, destroyed', s.destroyed));
