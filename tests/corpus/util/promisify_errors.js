// promisify's argument checks.
const util = require('util');
for (const v of [5, 'fn', null, {}]) {
  try { util.promisify(v); } catch (e) { console.log(e.code, e.message); }
}
const f = () => {};
f[util.promisify.custom] = 'not a function';
try { util.promisify(f); } catch (e) { console.log(e.code, e.message); }
