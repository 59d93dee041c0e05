const crypto = require('crypto');
const u = crypto.randomUUID();
console.log(u.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u));
console.log(crypto.randomUUID() !== u, typeof globalThis.crypto.randomUUID());
try { crypto.randomUUID(5); } catch (e) { console.log(e.code, e.message); }
try { crypto.randomUUID({ disableEntropyCache: 'y' }); } catch (e) { console.log(e.code, e.message); }
