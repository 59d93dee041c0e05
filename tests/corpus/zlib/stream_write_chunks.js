// Many small writes: one poll-phase round trip per write.
const zlib = require('zlib');
const deflate = zlib.createDeflateRaw();
const sizes = [];
deflate.on('data', (d) => sizes.push(d.length));
deflate.on('end', () => console.log('chunks out', sizes.length, 'bytes', sizes.reduce((a, b) => a + b, 0)));
for (let i = 0; i < 5; i++) {
  deflate.write(`line ${i}\n`, () => console.log('written', i));
}
deflate.end(() => console.log('end callback'));
