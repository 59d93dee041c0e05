const util = require('util');
const failNull = util.callbackify(() => Promise.reject(null));
const failUndef = util.callbackify(async () => { throw undefined; });
const failZero = util.callbackify(async () => { throw 0; });
const failErr = util.callbackify(async () => { throw new TypeError('bad'); });
const ok = util.callbackify(async (a, b) => a + b);
failNull((e) => console.log('null:', e.message, e.code, e.reason));
failUndef((e) => console.log('undef:', e.message, e.code, e.reason));
failZero((e) => console.log('zero:', e.message, e.code, e.reason));
failErr((e) => console.log('err:', e.name, e.message));
ok(1, 2, (e, v) => console.log('ok:', e, v));
console.log(ok.length, ok.name);
try { ok(1, 2); } catch (e) { console.log(e.code, e.message); }
try { util.callbackify(5); } catch (e) { console.log(e.code, e.message); }
