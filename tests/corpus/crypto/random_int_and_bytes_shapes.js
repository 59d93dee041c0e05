const crypto = require('crypto');
const n = crypto.randomInt(10);
console.log(Number.isInteger(n) && n >= 0 && n < 10);
const m = crypto.randomInt(5, 7);
console.log(m === 5 || m === 6);
try { crypto.randomInt(5, 5); } catch (e) { console.log(e.code, e.message); }
try { crypto.randomInt(1.5); } catch (e) { console.log(e.code, e.message); }
try { crypto.randomInt(0, 2 ** 48 + 1); } catch (e) { console.log(e.code, e.message); }
crypto.randomInt(3, (err, v) => console.log('async int', err, v >= 0 && v < 3));
crypto.randomBytes(4, (err, b) => console.log('async bytes', err, b.length));
console.log('sync first');
const filled = crypto.randomFillSync(Buffer.alloc(4));
console.log(filled.length, crypto.getRandomValues(new Uint32Array(2)).length);
