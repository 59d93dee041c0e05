// The bytes of a short input at each level and strategy (those where zlib-rs's output is
// zlib's: see ARCHITECTURE.md).
const zlib = require('zlib');
const input = 'abcabcabcabc banana bandana abcabc';
for (const level of [-1, 0, 2, 4, 5, 6, 7, 8]) {
  console.log('level', level, zlib.deflateSync(input, { level }).toString('hex'));
}
for (const strategy of [0, 2, 3, 4]) {
  console.log('strategy', strategy, zlib.deflateRawSync(input, { strategy }).toString('hex'));
}
console.log('stored', zlib.gzipSync('stored block', { level: 0 }).toString('hex'));
