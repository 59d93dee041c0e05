// StringDecoder.end() flushes incomplete input as replacement characters.
const { StringDecoder } = require('string_decoder');
const show = (s) => [...s].map((c) => c.charCodeAt(0).toString(16)).join(' ');
for (const [enc, bytes] of [['utf8', [0xe2, 0x82]], ['utf8', [0xf0]], ['utf16le', [0x61]], ['utf16le', [0x3d, 0xd8]], ['base64', [1, 2]], ['base64url', [0xfb]]]) {
  const d = new StringDecoder(enc);
  const w = d.write(Buffer.from(bytes));
  console.log(enc, JSON.stringify(w), show(d.end()));
}
