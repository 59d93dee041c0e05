// Aborting while the timer waits rejects the promise and clears the timer.
const tp = require('timers/promises');
const ac = new AbortController();
const start = Date.now();
tp.setTimeout(1000, 'late', { signal: ac.signal })
  .then((v) => console.log('resolved', v))
  .catch((e) => console.log('rejected', e.name, e.message, e.cause.name, Date.now() - start < 1000));
setTimeout(() => ac.abort(), 10);
