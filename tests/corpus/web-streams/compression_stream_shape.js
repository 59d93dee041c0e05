// The classes: globals, stream/web exports, inspect, argument and brand errors.
const web = require('stream/web');
console.log(web.CompressionStream === CompressionStream, web.DecompressionStream === DecompressionStream);
const cs = new CompressionStream('deflate');
console.log(cs);
console.log(Object.keys(cs), Object.getOwnPropertyNames(CompressionStream.prototype));
console.log(new DecompressionStream('gzip').readable instanceof ReadableStream);
for (const make of [() => new CompressionStream('zip'), () => new DecompressionStream(), () => new CompressionStream({})]) {
  try {
    make();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  Reflect.get(CompressionStream.prototype, 'readable', {});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
