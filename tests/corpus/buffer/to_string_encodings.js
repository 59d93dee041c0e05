// buf.toString(encoding) for every encoding.
const buf = Buffer.from([0x68, 0xc3, 0xa9, 0x80, 0xff, 0x00, 0x7f, 0x41]);
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
  console.log(enc, JSON.stringify(buf.toString(enc)));
}
