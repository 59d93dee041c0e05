// stream/promises pipeline with a signal: aborting rejects with an AbortError.
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');
const ac = new AbortController();
const src = new Readable({ read() {} });
const sink = new Writable({ write(c, e, cb) { console.log('write', String(c)); cb(); } });
pipeline(src, sink, { signal: ac.signal }).then(
  () => console.log('resolved'),
  (e) => console.log('rejected', e.name, src.destroyed, sink.destroyed),
);
src.push('a');
setImmediate(() => ac.abort());
