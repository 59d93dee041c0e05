// PEM export and re-import: headers, line widths, createPublicKey from a private PEM,
// createSign/createVerify streams, ed25519 one-shot signatures.
const crypto = require('crypto');
const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
  publicExponent: 3,
  publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
});
const lines = privateKey.trim().split('\n');
console.log(lines[0], lines.at(-1), lines.slice(1, -2).every((l) => l.length === 64));
const pub = crypto.createPublicKey(publicKey);
console.log(pub.type, pub.asymmetricKeyType, pub.asymmetricKeyDetails);
const priv = crypto.createPrivateKey(privateKey);
console.log(crypto.createPublicKey(priv).equals(pub), priv.equals(pub));
const signer = crypto.createSign('SHA256');
signer.update('part one, ');
signer.write('part two');
signer.end();
const sig = signer.sign(privateKey, 'hex');
console.log(typeof sig, sig.length);
const verifier = crypto.createVerify('RSA-SHA256');
verifier.update('part one, part two');
console.log('verify', verifier.verify(publicKey, sig, 'hex'));
const v2 = crypto.createVerify('sha256');
v2.update('part one');
console.log('verify other', v2.verify(pub, sig, 'hex'));
const ed = crypto.generateKeyPairSync('ed25519', {
  publicKeyEncoding: { type: 'spki', format: 'der' },
  privateKeyEncoding: { type: 'pkcs8', format: 'der' },
});
console.log(Buffer.isBuffer(ed.publicKey), ed.publicKey.length, ed.privateKey.length);
const edPriv = crypto.createPrivateKey({ key: ed.privateKey, format: 'der', type: 'pkcs8' });
const edPub = crypto.createPublicKey({ key: ed.publicKey, format: 'der', type: 'spki' });
const s = crypto.sign(null, Buffer.from('hello'), edPriv);
console.log(s.length, crypto.verify(null, Buffer.from('hello'), edPub, s), crypto.verify(null, Buffer.from('hellO'), edPub, s));
const jwk = edPriv.export({ format: 'jwk' });
console.log(jwk.kty, jwk.crv, jwk.d.length, jwk.x.length, jwk.x === edPub.export({ format: 'jwk' }).x);
