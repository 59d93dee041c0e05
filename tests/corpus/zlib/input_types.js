// Strings, Buffers, typed arrays, DataViews and ArrayBuffers are all accepted.
const zlib = require('zlib');
const bytes = new Uint8Array([104, 105, 33]);
const inputs = {
  string: 'hi!',
  buffer: Buffer.from('hi!'),
  uint8: bytes,
  uint16: new Uint16Array(bytes.buffer.slice(0, 2)),
  dataview: new DataView(bytes.buffer),
  arraybuffer: bytes.buffer,
};
for (const [name, input] of Object.entries(inputs)) {
  console.log(name, zlib.inflateSync(zlib.deflateSync(input)).toString('hex'));
}
zlib.deflate(new DataView(bytes.buffer), (err, out) => console.log('async dataview', zlib.inflateSync(out).toString()));
