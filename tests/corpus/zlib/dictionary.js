// A preset dictionary: inflate needs the same one.
const zlib = require('zlib');
const dictionary = Buffer.from('the quick brown fox jumps');
const packed = zlib.deflateSync('the quick brown fox jumps over the dog', { dictionary });
console.log(packed.toString('hex'));
console.log(zlib.inflateSync(packed, { dictionary }).toString());
try {
  zlib.inflateSync(packed);
} catch (err) {
  console.log(err.message, err.code, err.errno);
}
try {
  zlib.inflateSync(packed, { dictionary: Buffer.from('wrong words') });
} catch (err) {
  console.log(err.message, err.code, err.errno);
}
const raw = zlib.deflateRawSync('the quick brown fox again', { dictionary });
console.log(zlib.inflateRawSync(raw, { dictionary }).toString());
