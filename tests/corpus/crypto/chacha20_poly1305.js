// ChaCha20-Poly1305: RFC 8439's AEAD example, then a round trip and a tampered tag.
const crypto = require('crypto');
const key = Buffer.from('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f', 'hex');
const nonce = Buffer.from('070000004041424344454647', 'hex');
const aad = Buffer.from('50515253c0c1c2c3c4c5c6c7', 'hex');
const text = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
const cipher = crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
cipher.setAAD(aad, { plaintextLength: Buffer.byteLength(text) });
const ct = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
const tag = cipher.getAuthTag();
console.log(ct.toString('hex'));
console.log(tag.toString('hex'));
const decipher = crypto.createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
decipher.setAAD(aad, { plaintextLength: ct.length });
decipher.setAuthTag(tag);
console.log(decipher.update(ct, null, 'utf8') + decipher.final('utf8') === text);
const tampered = crypto.createDecipheriv('chacha20-poly1305', key, nonce);
tampered.setAAD(Buffer.from('other'));
tampered.setAuthTag(tag);
tampered.update(ct);
try {
  tampered.final();
} catch (e) {
  console.log(e.message);
}
