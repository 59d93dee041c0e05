// With an Error as the abort reason, the AbortError's cause is that error.
const tp = require('timers/promises');
const ac = new AbortController();
const reason = new Error('stop now');
tp.setTimeout(50, null, { signal: ac.signal }).catch((e) => {
  console.log(e.message, e.cause === reason, e.cause.message);
});
ac.abort(reason);
