// How much the default level saves on typical small inputs, and the bytes of one.
const zlib = require('zlib');
const inputs = {
  repeated: 'hello world '.repeat(100),
  letters: 'a'.repeat(1000),
  lorem: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. '.repeat(20),
  json: JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ id: i, name: `user${i}`, active: i % 2 === 0 }))),
  numbers: Array.from({ length: 500 }, (_, i) => i * i).join(','),
};
for (const [name, text] of Object.entries(inputs)) {
  const gz = zlib.gzipSync(text);
  const df = zlib.deflateSync(text);
  const best = zlib.deflateSync(text, { level: 9 });
  console.log(`${name}: ${text.length} -> gzip ${gz.length}, deflate ${df.length}, level 9 ${best.length} (${(100 * gz.length / text.length).toFixed(1)}%)`);
}
console.log(zlib.gzipSync(inputs.repeated).toString('base64'));
console.log(zlib.deflateSync(inputs.lorem, { level: 7 }).toString('base64'));
