// Duplex.fromWeb over a TransformStream pair, and Duplex.toWeb of a PassThrough.
const { Duplex, PassThrough } = require('stream');
const ts = new TransformStream({
  transform(chunk, c) { c.enqueue(new TextDecoder().decode(chunk).toUpperCase()); },
});
const d = Duplex.fromWeb(ts, { encoding: 'utf8' });
d.on('data', (s) => console.log('data', s));
d.on('end', () => console.log('end'));
d.write('abc');
d.end('def');
const pt = new PassThrough();
const { readable, writable } = Duplex.toWeb(pt);
console.log(readable, writable);
const w = writable.getWriter();
w.write(new TextEncoder().encode('xy'));
w.close();
readable.getReader().read().then((r) => console.log('web read', Buffer.from(r.value).toString(), r.done));
