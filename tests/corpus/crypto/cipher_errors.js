// createCipheriv's checks and OpenSSL's errors, in Node's words and codes.
const crypto = require('crypto');
const key = Buffer.alloc(16, 1);
const iv = Buffer.alloc(16, 2);
const tries = {
  badKeyLength: () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv),
  badKeyLength256: () => crypto.createCipheriv('aes-256-cbc', 'short key', iv),
  badIvLength: () => crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(15)),
  nullIv: () => crypto.createCipheriv('aes-128-cbc', key, null),
  ecbWithIv: () => crypto.createCipheriv('aes-128-ecb', key, iv),
  unknownCipher: () => crypto.createCipheriv('aes-128-xyz', key, iv),
  numberKey: () => crypto.createCipheriv('aes-128-cbc', 5, iv),
  numberCipher: () => crypto.createCipheriv(5, key, iv),
  objectIv: () => crypto.createCipheriv('aes-128-cbc', key, {}),
  badDecrypt() {
    const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
    d.update(Buffer.alloc(16));
    d.final();
  },
  wrongKey() {
    const c = crypto.createCipheriv('aes-128-cbc', key, iv);
    const ct = Buffer.concat([c.update('attack at dawn'), c.final()]);
    const d = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 3), iv);
    return d.update(ct, undefined, 'utf8') + d.final('utf8');
  },
  wrongFinalLength() {
    const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
    d.update(Buffer.alloc(10));
    d.final();
  },
  emptyDecipher: () => crypto.createDecipheriv('aes-128-cbc', key, iv).final(),
  noPaddingPartial() {
    const c = crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
    c.update('not a block');
    c.final();
  },
  finalTwice() {
    const c = crypto.createCipheriv('aes-128-cbc', key, iv);
    c.final();
    c.final();
  },
  updateAfterFinal() {
    const c = crypto.createCipheriv('aes-128-cbc', key, iv);
    c.final();
    c.update('more');
  },
  oddHex: () => crypto.createCipheriv('aes-128-cbc', key, iv).update('abc', 'hex'),
  unknownOutputEncoding: () => crypto.createCipheriv('aes-128-cbc', key, iv).update('abc', 'utf8', 'bogus'),
  objectData: () => crypto.createCipheriv('aes-128-cbc', key, iv).update({}),
  paddingAfterFinal() {
    const c = crypto.createCipheriv('aes-128-cbc', key, iv);
    c.final();
    c.setAutoPadding(false);
  },
  aadOnCbc: () => crypto.createCipheriv('aes-128-cbc', key, iv).setAAD(Buffer.from('x')),
  tagOnCbc: () => crypto.createDecipheriv('aes-128-cbc', key, iv).setAuthTag(Buffer.alloc(16)),
};
for (const [name, f] of Object.entries(tries)) {
  try {
    console.log(name, 'no error', f());
  } catch (e) {
    console.log(name, e.name, e.code, e.message, e.library, e.reason);
  }
}
