const util = require('util');
try { util.promisify(5); } catch (e) { console.log(e.code, e.message); }
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
console.log(util.promisify(withCustom) === withCustom[util.promisify.custom]);
withCustom[util.promisify.custom] = 5;
try { util.promisify(withCustom); } catch (e) { console.log(e.code, e.message); }
const p = util.promisify((cb) => cb(null));
p().then((v) => console.log('resolved with', v));
const q = util.promisify(function (cb) { cb.call(null, 0, 1); });
q().then(() => console.log('zero error is success?'), (e) => console.log('rejected with', e));
