// rejects and doesNotReject with promises and async functions.
const assert = require('assert');
(async () => {
  await assert.rejects(Promise.reject(new Error('x')), /x/);
  console.log('rejects ok');
  try { await assert.rejects(Promise.resolve(1)); } catch (e) { console.log(e.code, e.message); }
  try { await assert.rejects(async () => { throw new TypeError('t'); }, RangeError); } catch (e) { console.log(e.name, e.message); }
  try { await assert.doesNotReject(Promise.reject(new Error('inner'))); } catch (e) { console.log(e.code, e.message); }
  await assert.doesNotReject(async () => 1);
  console.log('doesNotReject ok');
  try { await assert.rejects(() => 5); } catch (e) { console.log(e.code, e.message); }
})();
