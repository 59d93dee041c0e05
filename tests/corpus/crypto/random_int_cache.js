// crypto.randomInt draws from a cache of random values: the first asynchronous call waits for
// a refill on the thread pool; once filled (or after a synchronous call filled it), a call
// answers on the next tick.
const crypto = require('crypto');
const log = (label) => (err, n) => console.log(label, err, typeof n);
crypto.randomInt(10, log('async 1'));
crypto.randomInt(5, 10, log('async 2'));
setTimeout(() => {
  console.log('timeout');
  crypto.randomInt(10, log('async 3 (waits for the refill too)'));
  Promise.resolve().then(() => console.log('then'));
  setImmediate(() => {
    console.log('immediate');
    crypto.randomInt(10, log('async 4 (cache filled: a tick)'));
    Promise.resolve().then(() => console.log('then after async 4'));
  });
});
setImmediate(() => console.log('first immediate'));
process.nextTick(() => console.log('tick'));
