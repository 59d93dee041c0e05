// toString on a larger buffer in each encoding (lengths and ends).
const buf = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) & 0xff));
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'utf16le', 'utf8']) {
  const s = buf.toString(enc);
  console.log(enc, s.length, JSON.stringify(s.slice(-6)));
}
