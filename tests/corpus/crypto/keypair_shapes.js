const crypto = require('crypto');
const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
console.log(publicKey, privateKey);
console.log(publicKey.asymmetricKeyDetails, publicKey.asymmetricKeyType, publicKey.type);
const r = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
console.log(r.publicKey.asymmetricKeyDetails, r.privateKey.asymmetricKeyDetails);
const e = crypto.generateKeyPairSync('ed25519');
console.log(e.publicKey.asymmetricKeyDetails, e.publicKey.export({type:'spki',format:'der'}).length, e.privateKey.export({type:'pkcs8',format:'der'}).length);
console.log(Object.keys(e.publicKey.export({format:'jwk'})), Object.keys(e.privateKey.export({format:'jwk'})));
console.log(Object.keys(publicKey.export({format:'jwk'})), Object.keys(r.privateKey.export({format:'jwk'})));
const p = crypto.generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: {type:'spki', format:'pem'}, privateKeyEncoding: {type:'pkcs8', format:'pem'}});
console.log(typeof p.publicKey, p.publicKey.split('\n')[0], p.privateKey.split('\n').at(-2), p.privateKey.endsWith('\n'));
console.log(publicKey.export({type:'spki',format:'pem'}).length, privateKey.export({type:'pkcs8',format:'der'}).length, privateKey.export({type:'sec1',format:'der'}).length);
const k = crypto.createPublicKey(p.publicKey); console.log(k.asymmetricKeyType, k.symmetricKeySize);
try { crypto.generateKeyPairSync('rsa') } catch (e) { console.log(e.code, e.message) }
try { crypto.generateKeyPairSync('ec', {namedCurve:'foo'}) } catch (e) { console.log(e.code, e.message) }
try { crypto.generateKeyPairSync('dsa2') } catch (e) { console.log(e.code, e.message) }
try { crypto.generateKeyPairSync('ec', {}) } catch (e) { console.log(e.code, e.message) }
try { publicKey.export({type:'pkcs8', format:'pem'}) } catch (e) { console.log(e.code, e.message) }
try { privateKey.export({format:'pem'}) } catch (e) { console.log(e.code, e.message) }
const x = crypto.generateKeyPairSync('x25519'); const y = crypto.generateKeyPairSync('x25519');
console.log(crypto.diffieHellman({privateKey: x.privateKey, publicKey: y.publicKey}).equals(crypto.diffieHellman({privateKey: y.privateKey, publicKey: x.publicKey})));
console.log(x.publicKey.asymmetricKeyDetails, x.privateKey.export({format:'der',type:'pkcs8'}).length, x.publicKey.export({format:'der',type:'spki'}).length);
