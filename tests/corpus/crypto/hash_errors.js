const crypto = require('crypto');
const h = crypto.createHash('sha256');
h.update('a');
const c = h.copy();
console.log(h.digest('hex'));
console.log(c.update('b').digest('hex'));
for (const f of [() => h.digest(), () => h.update('x'), () => h.copy(), () => crypto.createHash('nope'), () => crypto.createHash(),
  () => crypto.createHash('sha1').update(5), () => crypto.createHmac('sha1'), () => crypto.createHmac('bogus', 'k')]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
