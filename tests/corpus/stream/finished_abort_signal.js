// finished with a signal: aborting calls back with an AbortError and stops listening.
const { finished, Readable } = require('stream');
const ac = new AbortController();
const r = new Readable({ read() {} });
finished(r, { signal: ac.signal }, (err) => console.log('finished', err && err.name));
ac.abort();
r.push(null);
r.resume();
r.on('end', () => console.log('end'));
