// windowBits and memLevel: round trips and the two-byte zlib header they set.
const zlib = require('zlib');
const input = Buffer.from('the quick brown fox jumps over the lazy dog '.repeat(20));
for (const windowBits of [8, 9, 12, 15]) {
  const out = zlib.deflateSync(input, { windowBits });
  console.log(windowBits, out.subarray(0, 2).toString('hex'), zlib.inflateSync(out).equals(input));
}
for (const memLevel of [1, 5, 9]) {
  const out = zlib.deflateSync(input, { memLevel });
  console.log('memLevel', memLevel, zlib.inflateSync(out).length);
}
const raw = zlib.deflateRawSync(input, { windowBits: 10 });
console.log('raw', zlib.inflateRawSync(raw, { windowBits: 10 }).length);
