// getCiphers, getCipherInfo and the cipher names OpenSSL accepts.
const crypto = require('crypto');
const ciphers = crypto.getCiphers();
console.log(ciphers.length, ciphers.includes('aes-256-gcm'), ciphers.includes('chacha20-poly1305'), ciphers.slice(0, 4));
for (const name of ['aes-128-ecb', 'aes-128-ctr', 'chacha20-poly1305', 'aes128', 'AES-256-GCM', 'aes-256-cbc', 419, 'nope']) {
  console.log(name, crypto.getCipherInfo(name));
}
console.log(crypto.getCipherInfo('aes-128-gcm', { ivLength: 16 }), crypto.getCipherInfo('aes-128-cbc', { keyLength: 32 }));
try {
  crypto.getCipherInfo({});
} catch (e) {
  console.log(e.code, e.message);
}
const key = Buffer.alloc(16, 1);
for (const name of ['AES-128-CBC', 'aes128', 'Aes-128-Ctr', 'id-aes128-GCM']) {
  const iv = Buffer.alloc(crypto.getCipherInfo(name).ivLength, 0);
  console.log(name, crypto.createCipheriv(name, key, iv).final('hex'));
}
console.log(typeof crypto.Cipheriv, typeof crypto.Decipheriv, crypto.createCipheriv('aes-128-ecb', key, null) instanceof crypto.Cipheriv);
