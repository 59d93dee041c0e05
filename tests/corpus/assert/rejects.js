// rejects and doesNotReject, awaited in order.
const assert = require('assert');
const report = (e) => console.log(e.name, e.code, JSON.stringify(e.message));
(async () => {
  await assert.rejects(Promise.reject(new Error('no')));
  console.log('rejects passed');
  await assert.rejects(async () => { throw new TypeError('t'); }, TypeError);
  console.log('rejects with class passed');
  await assert.rejects(Promise.resolve(1)).catch(report);
  await assert.rejects(async () => {}, 'must reject').catch(report);
  await assert.rejects(() => 5).catch(report);
  await assert.rejects(5).catch(report);
  await assert.doesNotReject(Promise.resolve(1));
  console.log('doesNotReject passed');
  await assert.doesNotReject(Promise.reject(new Error('oops'))).catch(report);
  await assert.rejects(Promise.reject(new Error('x')), { message: 'y' }).catch(report);
})();
console.log('sync end');
