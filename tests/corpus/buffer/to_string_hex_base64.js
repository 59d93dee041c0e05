// hex is lowercase; base64 is padded; base64url uses -_ and no padding.
for (const bytes of [[], [0xfb], [0xfb, 0xff], [0xfb, 0xff, 0xbf], [0xde, 0xad, 0xbe, 0xef, 0x01]]) {
  const b = Buffer.from(bytes);
  console.log(b.toString('hex'), b.toString('base64'), b.toString('base64url'));
}
