// generateKeyPair's callbacks run as thread-pool jobs: a curve key is done by the first poll
// phase, an RSA key takes longer than a few timers' delays.
const crypto = require('crypto');
setTimeout(() => console.log('timeout 0'), 0);
crypto.generateKeyPair('ed25519', (err, pub, priv) => {
  console.log('ed25519 done', err, pub.type, priv.type);
});
crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, function (err, pub) {
  console.log('ec done', this.constructor.name, pub.asymmetricKeyDetails);
});
crypto.generateKeyPair('rsa', { modulusLength: 1024 }, function (err, pub) {
  console.log('rsa done', this.constructor.name, pub.asymmetricKeyDetails);
});
setTimeout(() => console.log('timeout 3000'), 3000);
process.nextTick(() => console.log('tick'));
