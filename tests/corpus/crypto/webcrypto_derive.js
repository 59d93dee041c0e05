// Deriving bits and keys from a password (PBKDF2) and from key material (HKDF).
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
(async () => {
  const password = await subtle.importKey('raw', enc.encode('correct horse'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log(password);
  const params = { name: 'PBKDF2', salt: enc.encode('pepper'), iterations: 1000, hash: 'SHA-256' };
  const bits = await subtle.deriveBits(params, password, 256);
  console.log(Buffer.from(bits).toString('hex'));
  const aes = await subtle.deriveKey(params, password, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  console.log(aes.algorithm, Buffer.from(await subtle.exportKey('raw', aes)).toString('hex'));
  const hmac = await subtle.deriveKey(params, password, { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  console.log(hmac.algorithm);
  const ikm = await subtle.importKey('raw', enc.encode('input key material'), 'HKDF', false, ['deriveBits']);
  const okm = await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: enc.encode('salt'), info: enc.encode('context') }, ikm, 128);
  console.log(Buffer.from(okm).toString('hex'));
  console.log(Buffer.from(require('crypto').pbkdf2Sync('correct horse', 'pepper', 1000, 32, 'sha256')).toString('hex') === Buffer.from(bits).toString('hex'));
})();
