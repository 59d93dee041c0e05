const crypto = require('crypto');
const id = crypto.randomUUID();
console.log(typeof id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id), crypto.randomUUID() !== id);
const b = crypto.randomBytes(16);
console.log(Buffer.isBuffer(b), b.length, crypto.randomBytes(0).length);
const n = crypto.randomInt(10);
console.log(Number.isInteger(n) && n >= 0 && n < 10);
const m = crypto.randomInt(-5, -2);
console.log(m >= -5 && m < -2);
const arr = crypto.getRandomValues(new Uint32Array(4));
console.log(arr instanceof Uint32Array, arr.length, globalThis.crypto.getRandomValues(new Uint8Array(2)).length);
console.log(typeof globalThis.crypto.randomUUID(), globalThis.crypto === crypto.webcrypto, Object.keys(crypto.webcrypto));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
for (const f of [() => crypto.randomInt(10, 5), () => crypto.randomBytes(-1), () => crypto.randomBytes('1'), () => crypto.randomInt(1.5),
  () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')), () => crypto.getRandomValues(new Float32Array(1))]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
