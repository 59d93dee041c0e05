// Writable.toWeb: a web writer in front of a Node Writable.
const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 2,
  objectMode: true,
  write(chunk, enc, cb) {
    console.log('node write', chunk);
    setTimeout(cb, 1);
  },
  final(cb) {
    console.log('final');
    cb();
  },
});
w.on('finish', () => console.log('finish'));
const web = Writable.toWeb(w);
console.log(web);
const writer = web.getWriter();
(async () => {
  for (const c of [1, 2, 3]) {
    await writer.ready;
    console.log('writing', c, writer.desiredSize);
    writer.write(c).then(() => console.log('written', c));
  }
  await writer.close();
  console.log('closed', w.writableFinished);
})();
