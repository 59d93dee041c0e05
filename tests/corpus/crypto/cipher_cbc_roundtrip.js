// The tutorial's encrypt/decrypt pair with aes-256-cbc, a fixed key and IV (so the
// ciphertext is a known answer), in hex and base64.
const crypto = require('crypto');
const key = crypto.scryptSync('my password', 'salt', 32);
const iv = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
function encrypt(text) {
  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  let encrypted = cipher.update(text, 'utf8', 'hex');
  encrypted += cipher.final('hex');
  return encrypted;
}
function decrypt(hex) {
  const decipher = crypto.createDecipheriv('aes-256-cbc', key, iv);
  let decrypted = decipher.update(hex, 'hex', 'utf8');
  decrypted += decipher.final('utf8');
  return decrypted;
}
for (const text of ['', 'hello', 'exactly sixteen!', 'Some secret message that spans several blocks', 'héllo wörld ✓']) {
  const hex = encrypt(text);
  console.log(JSON.stringify(text), hex.length, hex, JSON.stringify(decrypt(hex)));
}
const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16, 7), Buffer.alloc(16, 9));
console.log(Buffer.concat([c.update('base64 please'), c.final()]).toString('base64'));
const d = crypto.createCipheriv('aes-192-cbc', 'k'.repeat(24), 'i'.repeat(16));
console.log(d.update('a'.repeat(20), 'utf8', 'base64') + d.final('base64'));
