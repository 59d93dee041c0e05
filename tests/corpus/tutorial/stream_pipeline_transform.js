const { pipeline, Transform, Readable, Writable } = require('stream');
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); } });
const out = [];
const sink = new Writable({ write(chunk, enc, cb) { out.push(String(chunk)); cb(); } });
pipeline(Readable.from(['x', 'y', 'z']), upper, sink, (err) => {
  console.log('pipeline done', err, out.join(''));
});
process.nextTick(() => console.log('tick'));
