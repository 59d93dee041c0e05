// bytesWritten counts the input consumed so far.
const zlib = require('zlib');
const gzip = zlib.createGzip();
gzip.resume();
console.log('start', gzip.bytesWritten);
gzip.write('12345', () => {
  console.log('after 5', gzip.bytesWritten);
  gzip.end('67890', () => console.log('after end', gzip.bytesWritten));
});
gzip.on('end', () => console.log('end', gzip.bytesWritten));
