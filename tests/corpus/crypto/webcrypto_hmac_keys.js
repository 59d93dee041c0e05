// HMAC keys with crypto.subtle: generate, import, export, sign and verify.
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
(async () => {
  const key = await subtle.importKey('raw', enc.encode('my secret'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(key);
  console.log(key instanceof CryptoKey, Object.prototype.toString.call(key), Object.keys(key));
  const signature = await subtle.sign('HMAC', key, enc.encode('message'));
  console.log(Buffer.from(signature).toString('hex'));
  console.log(await subtle.verify('HMAC', key, signature, enc.encode('message')));
  console.log(await subtle.verify('HMAC', key, signature, enc.encode('tampered')));
  const jwk = await subtle.exportKey('jwk', key);
  console.log(jwk);
  const raw = await subtle.exportKey('raw', key);
  console.log(new TextDecoder().decode(raw));
  const generated = await subtle.generateKey({ name: 'hmac', hash: { name: 'sha-512' } }, false, ['verify', 'sign', 'sign']);
  console.log(generated.algorithm, generated.usages, generated.extractable);
  // The same MAC as node:crypto's createHmac, which also takes a CryptoKey.
  const viaNode = require('crypto').createHmac('sha256', key).update('message').digest('hex');
  console.log(viaNode === Buffer.from(signature).toString('hex'));
})();
