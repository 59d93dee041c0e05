// Aborting a pending setImmediate promise in the same tick rejects it.
const tp = require('timers/promises');
const ac = new AbortController();
tp.setImmediate('v', { signal: ac.signal }).then(console.log, (e) => console.log(e.name, e.cause === ac.signal.reason));
ac.abort();
setImmediate(() => console.log('immediate callback still runs'));
