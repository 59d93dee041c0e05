const crypto = require('crypto');
const util = require('util');
const generateKeyPair = util.promisify(crypto.generateKeyPair);
(async () => {
  const { publicKey, privateKey } = await generateKeyPair('ec', {
    namedCurve: 'P-384',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'sec1', format: 'pem' },
  });
  console.log(publicKey.split('\n')[0], privateKey.split('\n')[0]);
  const data = Buffer.from('message');
  const signature = crypto.sign('sha384', data, privateKey);
  console.log('verify', crypto.verify('sha384', data, publicKey, signature));
  console.log('tampered', crypto.verify('sha384', Buffer.from('messagf'), publicKey, signature));
  const key = crypto.createPrivateKey(privateKey);
  console.log(key.asymmetricKeyType, key.asymmetricKeyDetails, key.export({ type: 'sec1', format: 'der' }).length);
  console.log(crypto.createPublicKey(privateKey).export({ format: 'jwk' }).crv);
})();
