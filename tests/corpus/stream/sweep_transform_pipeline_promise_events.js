const { Readable, Transform, Writable, pipeline } = require('stream');
const src = Readable.from(['1', '2', '3']);
const t = new Transform({
  transform(chunk, enc, cb) {
    Promise.resolve().then(() => cb(null, String(chunk * 2)));
  },
});
const out = [];
const w = new Writable({ write(c, e, cb) { out.push(c.toString()); setImmediate(cb); } });
for (const [name, s] of [['src', src], ['t', t], ['w', w]]) {
  for (const ev of ['end', 'finish', 'close']) s.on(ev, () => console.log(name, ev));
}
pipeline(src, t, w, (err) => console.log('pipeline cb', err, out.join(',')));
