const crypto = require('crypto');
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
console.log(Object.keys(ec.privateKey.export({format:'jwk'})), ec.privateKey.asymmetricKeyDetails);
const r = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
console.log(Object.keys(r.publicKey.export({format:'jwk'})));
console.log(r.publicKey.export({type:'pkcs1',format:'pem'}).split('\n')[0], r.privateKey.export({type:'pkcs1',format:'pem'}).split('\n')[0],ec.privateKey.export({type:'sec1',format:'pem'}).split('\n')[0]);
const s = crypto.sign('sha256', Buffer.from('hi'), r.privateKey); console.log(s.length, crypto.verify('sha256', Buffer.from('hi'), r.publicKey, s));
const s2 = crypto.sign(null, Buffer.from('hi'), crypto.generateKeyPairSync('ed25519').privateKey); console.log(s2.length);
try { crypto.sign(null, Buffer.from('hi'), ec.publicKey) } catch (e) { console.log(e.code, e.message) }
try { crypto.generateKeyPairSync('rsa', {modulusLength: 'x'}) } catch (e) { console.log(e.code, e.message) }
try { crypto.generateKeyPairSync('rsa', {}) } catch (e) { console.log(e.code, e.message) }
try { crypto.generateKeyPairSync('rsa', {modulusLength: 2048, publicKeyEncoding: {type: 'spki'}}) } catch (e) { console.log(e.code, e.message) }
try { crypto.createPublicKey('garbage') } catch (e) { console.log(e.code, e.message) }
const enc = crypto.publicEncrypt(r.publicKey, Buffer.from('secret')); console.log(enc.length, crypto.privateDecrypt(r.privateKey, enc).toString());
console.log(crypto.createPublicKey(r.privateKey).type, crypto.createPublicKey(r.privateKey.export({type:'pkcs8',format:'pem'})).type);
