// An already aborted signal rejects at once with an AbortError whose cause is the reason.
const tp = require('timers/promises');
const ac = new AbortController();
ac.abort('reason here');
tp.setTimeout(10, 'x', { signal: ac.signal }).catch((e) => {
  console.log(e.name, e.code, e.message, e.cause);
  console.log(e instanceof Error, Object.keys(e));
});
tp.setImmediate('x', { signal: ac.signal }).catch((e) => console.log('immediate', e.name, e.cause));
