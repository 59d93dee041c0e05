// util.types.isKeyObject / isCryptoKey over secret and asymmetric keys.
const util = require('util');
console.log(util.types.isKeyObject({}), util.types.isCryptoKey({}));
const crypto = require('crypto');
const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
const secret = crypto.createSecretKey(Buffer.alloc(16));
console.log(util.types.isKeyObject(publicKey), util.types.isKeyObject(privateKey), util.types.isKeyObject(secret));
console.log(publicKey instanceof crypto.KeyObject, util.types.isCryptoKey(publicKey));
console.log(Object.prototype.toString.call(privateKey), privateKey.constructor.name);
crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']).then((key) => {
  console.log(util.types.isCryptoKey(key), util.types.isKeyObject(key));
});
