// A transform that throws errors both sides; terminate() closes the readable side.
const ts = new TransformStream({
  transform(chunk) { throw new Error('transform failed on ' + chunk); },
});
const w = ts.writable.getWriter();
w.write('a').catch((e) => console.log('write rejected:', e.message));
ts.readable.getReader().read().catch((e) => console.log('read rejected:', e.message));
w.closed.catch((e) => console.log('writable closed rejected:', e.message));

const t2 = new TransformStream({
  transform(chunk, c) {
    c.enqueue(chunk);
    c.terminate();
  },
});
const w2 = t2.writable.getWriter();
const r2 = t2.readable.getReader();
w2.write('last').then(() => console.log('w2 write ok'));
r2.read().then((r) => console.log('r2', r));
r2.read().then((r) => console.log('r2', r));
w2.closed.catch((e) => console.log('w2 closed rejected:', e.code, e.message));
try { new TransformStream({ readableType: 'bytes' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TransformStreamDefaultController(); } catch (e) { console.log(e.name, e.code, e.message); }
