// util.aborted resolves when the signal aborts.
const util = require('util');
const ac = new AbortController();
util.aborted(ac.signal, {}).then(() => console.log('aborted resolved', ac.signal.aborted));
setTimeout(() => ac.abort(), 5);
util.aborted({}, {}).catch((e) => console.log('rejects', e.code, e.message));
