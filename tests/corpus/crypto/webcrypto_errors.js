// What crypto.subtle rejects with, and when.
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
const show = (label) => (e) => console.log(label, e.name, e.code, e.message);
(async () => {
  await subtle.digest('SHA-256').catch(show('missing data:'));
  await subtle.digest('MD5', enc.encode('x')).catch(show('md5:'));
  await subtle.digest('SHA-256', 'a string').catch(show('string data:'));
  await subtle.importKey('raw', enc.encode('pw'), 'PBKDF2', true, ['deriveBits']).catch(show('extractable pbkdf2:'));
  await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['encrypt']).catch(show('hmac usage:'));
  await subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']).catch(show('aes length:'));
  const signOnly = await subtle.importKey('raw', enc.encode('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  await subtle.verify('HMAC', signOnly, new Uint8Array(32), enc.encode('x')).catch(show('no verify usage:'));
  await subtle.exportKey('raw', signOnly).catch(show('not extractable:'));
  await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, signOnly, enc.encode('x')).catch(show('wrong key:'));
  try {
    new CryptoKey();
  } catch (e) {
    show('constructor:')(e);
  }
})();
