// AES-GCM: auth tags, additional data, tampering, tag lengths and IV lengths.
const crypto = require('crypto');
const key = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const iv = Buffer.from('cafebabefacedbaddecaf888', 'hex');
function seal(text, aad, options) {
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv, options);
  if (aad) cipher.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return { ct, tag: cipher.getAuthTag() };
}
function open({ ct, tag }, aad, options) {
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv, options);
  if (aad) decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(tag);
  return decipher.update(ct, undefined, 'utf8') + decipher.final('utf8');
}
const box = seal('meet me at noon', 'header v1');
console.log(box.ct.toString('hex'), box.tag.toString('hex'), box.tag.length);
console.log(open(box, 'header v1'));
const attempts = {
  wrongAad: () => open(box, 'header v2'),
  flippedByte: () => open({ ct: Buffer.from(box.ct).fill(0, 0, 1), tag: box.tag }),
  noTag() {
    const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
    d.update(box.ct);
    d.final();
  },
  shortTag: () => open({ ct: box.ct, tag: box.tag.subarray(0, 5) }, 'header v1'),
  tagBeforeFinal: () => crypto.createCipheriv('aes-256-gcm', key, iv).getAuthTag(),
  aadAfterUpdate() {
    const c = crypto.createCipheriv('aes-256-gcm', key, iv);
    c.update('x');
    c.setAAD(Buffer.from('late'));
  },
  tagTwice() {
    const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
    d.setAuthTag(box.tag);
    d.setAuthTag(box.tag);
  },
  badTagLengthOption: () => crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: 7 }),
  emptyIv: () => crypto.createCipheriv('aes-256-gcm', key, Buffer.alloc(0)),
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    console.log(name, 'no error', f());
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
const short = seal('tiny', null, { authTagLength: 8 });
console.log(short.tag.length, open(short, null, { authTagLength: 8 }));
// Any IV length works with GCM (not only 12 bytes).
const c16 = crypto.createCipheriv('aes-128-gcm', key.subarray(0, 16), Buffer.alloc(16, 1));
console.log(c16.update('sixteen-byte iv', 'utf8', 'hex') + c16.final('hex'), c16.getAuthTag().toString('hex'));
const c1 = crypto.createCipheriv('aes-128-gcm', key.subarray(0, 16), Buffer.alloc(1, 1));
c1.final();
console.log(c1.getAuthTag().toString('base64'));
