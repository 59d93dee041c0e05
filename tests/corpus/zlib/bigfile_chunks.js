// Gunzipping a big file: output comes in chunkSize pieces.
const fs = require('fs');
const zlib = require('zlib');
const original = fs.readFileSync('bigfile.txt');
const packed = zlib.gzipSync(original);
for (const chunkSize of [undefined, 1024, 64 * 1024]) {
  const sizes = [];
  const gunzip = zlib.createGunzip(chunkSize ? { chunkSize } : {});
  gunzip.on('data', (c) => sizes.push(c.length));
  gunzip.on('end', () => {
    console.log(chunkSize, 'chunks', sizes.length, 'first', sizes[0], 'total', sizes.reduce((a, b) => a + b, 0));
  });
  gunzip.end(packed);
}
