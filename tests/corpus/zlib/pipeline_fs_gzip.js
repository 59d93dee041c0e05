// The canonical example: pipeline(fs read stream, gzip, fs write stream), then back.
const fs = require('fs');
const zlib = require('zlib');
const { pipeline } = require('stream');
let reads = 0;
const source = fs.createReadStream('bigfile.txt');
source.on('data', () => reads++);
const gzip = zlib.createGzip();
let gzChunks = 0;
gzip.on('data', () => gzChunks++);
pipeline(source, gzip, fs.createWriteStream('bigfile.txt.gz'), (err) => {
  console.log('pipeline done', err, 'reads', reads, 'gzip chunks', gzChunks);
  const packed = fs.readFileSync('bigfile.txt.gz');
  console.log('magic', packed.subarray(0, 3).toString('hex'), 'bytesWritten', gzip.bytesWritten);
  const back = zlib.gunzipSync(packed);
  console.log('same as original', back.equals(fs.readFileSync('bigfile.txt')));
  fs.unlinkSync('bigfile.txt.gz');
});
