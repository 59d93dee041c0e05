// stream.finished and finished() from stream/promises on web streams.
const { finished, isDisturbed, isErrored, isReadable } = require('stream');
const fp = require('stream/promises').finished;
let ctrl;
const rs = new ReadableStream({ start(c) { ctrl = c; } });
finished(rs, (err) => console.log('rs finished', err));
console.log(isDisturbed(rs), isErrored(rs), isReadable(rs));
const ws = new WritableStream();
fp(ws).then(() => console.log('ws finished'));
const errored = new ReadableStream({ start(c) { c.error(new Error('oops')); } });
fp(errored).catch((e) => console.log('errored finished', e.message, isErrored(errored)));
setTimeout(() => {
  ctrl.close();
  ws.close();
  process.nextTick(() => console.log('tick after close'));
}, 1);
rs.getReader().read().then((r) => console.log('read', r, isDisturbed(rs)));
const ac = new AbortController();
finished(new ReadableStream(), { signal: ac.signal }, (err) => console.log('aborted finished', err.name));
ac.abort();
