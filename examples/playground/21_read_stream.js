// A read stream hands a big file over in 64 KiB chunks. Each read is a request on libuv's
// thread pool, and each 'data' event comes from a poll-phase callback, so timers and immediates
// get their turn between chunks.
const fs = require('fs');

const stream = fs.createReadStream('bigfile.txt');
let chunks = 0;
stream.on('open', (fd) => console.log(`open: fd ${typeof fd}`));
stream.on('ready', () => console.log('ready'));
stream.on('data', (chunk) => {
  chunks += 1;
  console.log(`data: ${chunk.length} bytes`);
  if (chunks === 1) setImmediate(() => console.log('  setImmediate after the first chunk'));
});
stream.on('end', () => console.log(`end: ${chunks} chunks`));
stream.on('close', () => console.log('close'));
console.log('main script done: nothing has been read yet');
