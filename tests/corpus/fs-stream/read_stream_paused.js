// A read stream in paused mode: 'readable' and read(n).
const fs = require('fs');
const s = fs.createReadStream('file.txt', { highWaterMark: 32 });
s.on('readable', () => {
  let chunk;
  while ((chunk = s.read(10)) !== null) console.log('read', JSON.stringify(String(chunk)));
  console.log('readable done, buffered', s.readableLength);
});
s.on('end', () => console.log('end'));
