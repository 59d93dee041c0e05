// createSecretKey and KeyObject: type, size, export, equality, and use as a cipher key.
const crypto = require('crypto');
const key = crypto.createSecretKey(Buffer.alloc(16, 1));
console.log(key);
console.log(key.type, key.symmetricKeySize, key instanceof crypto.KeyObject, Object.keys(key));
console.log(key.export(), key.export({ format: 'jwk' }), key.export({ format: 'buffer' }).length);
console.log(key.equals(crypto.createSecretKey(Buffer.alloc(16, 1))), key.equals(crypto.createSecretKey(Buffer.alloc(16, 2))));
console.log(crypto.createSecretKey('abc', 'utf8').symmetricKeySize, crypto.createSecretKey('616263', 'hex').export().toString());
const c = crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(16));
console.log(c.update('via KeyObject', 'utf8', 'hex') + c.final('hex'));
console.log(crypto.createHmac('sha256', key).update('msg').digest('hex'));
for (const f of [() => crypto.createSecretKey(5), () => key.equals('x'), () => key.export({ format: 'pem' })]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
