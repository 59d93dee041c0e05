// params() after data: flushes, then changes the level; the stream still round-trips.
const zlib = require('zlib');
const deflate = zlib.createDeflate({ level: 1 });
const parts = [];
deflate.on('data', (d) => parts.push(d));
deflate.write('a'.repeat(1000));
deflate.params(9, zlib.constants.Z_DEFAULT_STRATEGY, () => {
  console.log('params applied');
  deflate.end('b'.repeat(1000));
});
deflate.on('end', () => {
  const out = zlib.inflateSync(Buffer.concat(parts)).toString();
  console.log('round trip', out.length, out.startsWith('aaa'), out.endsWith('bbb'));
});
