// Cancelling the readable side of a TransformStream errors its writable side.
const ts = new TransformStream();
const writer = ts.writable.getWriter();
ts.readable.cancel(new Error('not interested')).then(() => console.log('cancel done'));
writer.closed.catch((e) => console.log('writable errored:', e.message));
writer.write('x').catch((e) => console.log('write failed:', e.message));
console.log(ts.writable, ts.readable);
