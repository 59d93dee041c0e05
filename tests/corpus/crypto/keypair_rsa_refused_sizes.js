// OpenSSL refuses an RSA modulus under 512 bits and an even exponent (or 1); 0 is reported
// as a failed allocation. The callback form's error carries no JavaScript frames.
const crypto = require('crypto');
for (const [m, e] of [[511, 65537], [512, 0], [512, 1], [512, 2], [512, 3], [520, 5], [512, 65536], [512, 2 ** 31 + 1], [512, 2 ** 35 + 1]]) {
  try {
    const { publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: m, publicExponent: e });
    console.log(m, e, 'ok', publicKey.asymmetricKeyDetails);
  } catch (err) {
    console.log(m, e, err.code, err.message, Object.keys(err));
  }
}
try {
  crypto.generateKeyPairSync('rsa', { modulusLength: 256 });
} catch (err) {
  console.log(err.stack.split('\n').slice(0, 2).join('\n'));
}
crypto.generateKeyPair('rsa', { modulusLength: 512, publicExponent: 4 }, (err, pub, priv) => {
  console.log('callback', err, err.stack, pub, priv);
  require('util').promisify(crypto.generateKeyPair)('rsa', { modulusLength: 128 }).catch((e) => console.log('promise', e));
});
