// crypto.subtle.digest: a promise of an ArrayBuffer, resolved from the thread pool.
const { subtle } = globalThis.crypto;
const data = new TextEncoder().encode('hello world');
const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
(async () => {
  for (const name of ['SHA-1', 'SHA-256', 'sha-384', { name: 'SHA-512' }]) {
    const digest = await subtle.digest(name, data);
    console.log(typeof name === 'string' ? name : name.name, digest.byteLength, hex(digest).slice(0, 32));
  }
  console.log(await subtle.digest('SHA-256', new ArrayBuffer(0)));
  console.log(Buffer.from(await subtle.digest('SHA-256', Buffer.from('abc'))).toString('base64'));
})();
