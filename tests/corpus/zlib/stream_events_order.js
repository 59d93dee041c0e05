// A Gzip stream's events: 'data' chunks come from poll-phase callbacks; 'finish', 'end'
// and 'close' follow on ticks.
const zlib = require('zlib');
const gzip = zlib.createGzip();
for (const ev of ['finish', 'prefinish', 'end', 'close']) gzip.on(ev, () => console.log(ev));
let chunks = 0;
gzip.on('data', (chunk) => {
  chunks++;
  console.log('data', chunk.length);
  process.nextTick(() => console.log('tick after data', chunks));
});
setTimeout(() => {
  gzip.write('first part, ');
  gzip.end('second part');
  console.log('ended, writableEnded =', gzip.writableEnded);
}, 5);
