// AES-GCM, AES-CBC and AES-CTR with crypto.subtle, on fixed keys and IVs.
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
const dec = new TextDecoder();
(async () => {
  const keyBytes = new Uint8Array(32).map((_, i) => i);
  const gcm = await subtle.importKey('raw', keyBytes, 'AES-GCM', true, ['encrypt', 'decrypt']);
  console.log(gcm.algorithm, gcm.usages);
  const iv = new Uint8Array(12).fill(9);
  const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode('header') }, gcm, enc.encode('attack at dawn'));
  console.log(sealed.byteLength, Buffer.from(sealed).toString('hex'));
  console.log(dec.decode(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: enc.encode('header') }, gcm, sealed)));
  try {
    await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: enc.encode('other') }, gcm, sealed);
  } catch (e) {
    console.log(e.name, e.message);
  }
  const short = await subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 96 }, gcm, enc.encode('x'));
  console.log(short.byteLength);
  const cbc = await subtle.importKey('raw', keyBytes.slice(0, 16), { name: 'AES-CBC' }, false, ['encrypt', 'decrypt']);
  const cbcIv = new Uint8Array(16);
  const padded = await subtle.encrypt({ name: 'AES-CBC', iv: cbcIv }, cbc, enc.encode('sixteen bytes!!!'));
  console.log(padded.byteLength, Buffer.from(padded).toString('hex'));
  console.log(dec.decode(await subtle.decrypt({ name: 'AES-CBC', iv: cbcIv }, cbc, padded)));
  const ctr = await subtle.importKey('raw', keyBytes.slice(0, 24), 'AES-CTR', false, ['encrypt']);
  const counter = new Uint8Array(16);
  console.log(Buffer.from(await subtle.encrypt({ name: 'AES-CTR', counter, length: 64 }, ctr, enc.encode('stream'))).toString('hex'));
  const generated = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt', 'decrypt']);
  console.log(generated);
})();
