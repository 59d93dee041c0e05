// The gzip header: magic, method, flags, mtime 0, xfl by level, OS 3; the trailer's CRC and size.
const zlib = require('zlib');
for (const level of [0, 6, 9]) {
  const out = zlib.gzipSync('header bytes', { level });
  console.log(level, out.subarray(0, 10).toString('hex'), out.readUInt32LE(out.length - 8).toString(16), out.readUInt32LE(out.length - 4));
}
