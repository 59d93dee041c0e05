// A zlib stream is a Transform: instanceof checks and constructor names.
const zlib = require('zlib');
const { Transform, Duplex, Readable, Writable } = require('stream');
for (const make of ['createGzip', 'createGunzip', 'createDeflate', 'createInflate', 'createDeflateRaw', 'createInflateRaw', 'createUnzip', 'createBrotliCompress', 'createBrotliDecompress']) {
  const s = zlib[make]();
  console.log(make, s.constructor.name, s instanceof Transform, s instanceof Duplex, s instanceof Readable, s instanceof Writable, s._closed);
  s.close();
}
const g = zlib.Gzip();
console.log(g instanceof zlib.Gzip, typeof zlib.Gzip.prototype._transform);
g.close();
