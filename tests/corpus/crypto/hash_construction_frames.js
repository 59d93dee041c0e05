// A failed createHash/createHmac: the constructor's frame in lib/internal/crypto/hash.js under
// the factory's; OpenSSL's errors show no code in the stack's header.
const crypto = require('crypto');
const show = (e) => console.log(e.stack.split(__dirname).join('.'), Object.keys(e));
for (const call of [
  () => crypto.createHash('nope'),
  () => crypto.createHash(1),
  () => crypto.createHmac('nope', 'key'),
  () => crypto.createHmac(1, 'key'),
  () => new crypto.Hash('nope'),
]) {
  try { call(); } catch (e) { show(e); }
}
crypto.createHash('sha257');
