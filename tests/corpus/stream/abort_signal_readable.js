// addAbortSignal: aborting destroys the stream with an AbortError.
const { addAbortSignal, Readable } = require('stream');
const controller = new AbortController();
const r = addAbortSignal(controller.signal, new Readable({ read() {} }));
r.on('error', (e) => console.log('error', e.name, e.code, e.message));
r.on('close', () => console.log('close', r.destroyed));
r.push('x');
setImmediate(() => {
  console.log('aborting');
  controller.abort();
  console.log('destroyed now', r.destroyed);
});
