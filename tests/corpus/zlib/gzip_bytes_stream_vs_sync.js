// A stream and the sync form give the same bytes.
const zlib = require('zlib');
const input = 'same bytes either way, same bytes either way';
const sync = zlib.gzipSync(input);
const gzip = zlib.createGzip();
const parts = [];
gzip.on('data', (d) => parts.push(d));
gzip.on('end', () => {
  const streamed = Buffer.concat(parts);
  console.log(streamed.equals(sync), parts.length, streamed.toString('base64'));
});
gzip.end(input);
