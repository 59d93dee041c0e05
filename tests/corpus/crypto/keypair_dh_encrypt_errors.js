// ECDH and X25519 agreement, RSA OAEP with a chosen hash, and the errors of mismatched keys.
const crypto = require('crypto');
const a = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const b = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const s1 = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
const s2 = crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey });
console.log(s1.length, s1.equals(s2));
const x = crypto.generateKeyPairSync('x25519');
try { crypto.diffieHellman({ privateKey: x.privateKey, publicKey: a.publicKey }); } catch (e) { console.log(e.code, e.message); }
try { crypto.diffieHellman({ privateKey: x.publicKey, publicKey: x.publicKey }); } catch (e) { console.log(e.code, e.message); }
const r = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const ct = crypto.publicEncrypt({ key: r.publicKey, oaepHash: 'sha256' }, Buffer.from('attack at dawn'));
console.log(ct.length, crypto.privateDecrypt({ key: r.privateKey, oaepHash: 'sha256' }, ct).toString());
const ct2 = crypto.publicEncrypt({ key: r.publicKey, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from('v1.5'));
console.log(ct2.length);
try { crypto.publicEncrypt(r.publicKey, Buffer.alloc(200)); } catch (e) { console.log(e.code, e.message); }
try { crypto.createPrivateKey(r.publicKey.export({ type: 'spki', format: 'pem' })); } catch (e) { console.log(e.code); }
try { crypto.sign('sha256', Buffer.from('x'), x.privateKey); } catch (e) { console.log(e.code); }
try { crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'pkcs1', format: 'pem' } }); } catch (e) { console.log(e.code, e.message); }
try { crypto.generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'sec1', format: 'der' } }); } catch (e) { console.log(e.code, e.message); }
try { crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: 'big' }); } catch (e) { console.log(e.code, e.message); }
try { crypto.generateKeyPair('ec', { namedCurve: 'P-256' }); } catch (e) { console.log(e.code, e.message); }
try { crypto.generateKeyPair('ec', { namedCurve: 'nope' }, () => {}); } catch (e) { console.log(e.code, e.message); }
