// close() destroys the stream: 'close' comes, the callback runs, and later writes fail.
const zlib = require('zlib');
const gzip = zlib.createGzip();
gzip.on('close', () => console.log('close event', gzip.destroyed, gzip._closed));
gzip.close(() => console.log('close callback'));
console.log('after close()', gzip.destroyed, gzip._closed);
gzip.on('error', (err) => console.log('error', err.code));
gzip.write('late', (err) => console.log('write callback', err && err.code));
