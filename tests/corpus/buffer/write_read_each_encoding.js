// Writing then reading back the same string round-trips in every lossless encoding.
for (const [enc, s] of [['utf8', 'héllo €'], ['utf16le', 'héllo €'], ['latin1', 'héllo'], ['ascii', 'hello'], ['hex', 'c0ffee'], ['base64', 'wP/u'], ['base64url', 'wP_u']]) {
  const buf = Buffer.alloc(16);
  const n = buf.write(s, enc);
  console.log(enc, n, buf.toString(enc, 0, n) === s);
}
