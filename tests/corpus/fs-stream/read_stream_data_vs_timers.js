// Inside a 'data' handler (a poll-phase callback) an immediate runs before the next chunk,
// and before a 0 ms timeout.
const fs = require('fs');
let n = 0;
fs.createReadStream('bigfile.txt', { highWaterMark: 128 * 1024 }).on('data', (chunk) => {
  const i = ++n;
  console.log('data', i, chunk.length);
  setImmediate(() => console.log('  immediate after data', i));
  process.nextTick(() => console.log('  tick after data', i));
}).on('end', () => console.log('end'));
