const crypto = require('crypto');
const h = crypto.createHash('sha256').update('a').update(Buffer.from('b'));
const c = h.copy();
console.log(h.update('c').digest('hex'));
console.log(c.digest('base64'));
try { h.update('more'); } catch (e) { console.log(e.code, e.message); }
try { h.digest(); } catch (e) { console.log(e.code, e.message); }
try { c.copy(); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.createHash('md5').update('x', 'utf8').digest('base64url'));
console.log(crypto.createHash('sha1').update('ff', 'hex').digest().length);
try { crypto.createHash('sha256').update(5); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.createHash('shake256', { outputLength: 4 }).update('').digest('hex'));
