// for await over a Gunzip stream.
const zlib = require('zlib');
(async () => {
  const gunzip = zlib.createGunzip({ chunkSize: 64 });
  gunzip.end(zlib.gzipSync('x'.repeat(200)));
  let n = 0;
  let total = 0;
  for await (const chunk of gunzip) {
    n++;
    total += chunk.length;
  }
  console.log('chunks', n, 'total', total);
})();
