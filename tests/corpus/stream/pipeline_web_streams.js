// pipeline / stream/promises pipeline with web streams at either end and in the middle.
const { pipeline, Readable, Writable } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');
const out = [];
pipeline(
  Readable.from(['a', 'b']),
  new TransformStream({ transform(c, ctl) { ctl.enqueue(c + '1'); } }),
  new Writable({
    objectMode: true,
    write(c, e, cb) { out.push(c); cb(); },
  }),
  (err) => console.log('pipeline 1 done', err, out),
);
const got = [];
pipelineP(
  new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } }),
  async function* (src) { for await (const c of src) yield c.toUpperCase(); },
  new WritableStream({ write(c) { got.push(c); } }),
).then(() => console.log('pipeline 2 done', got));
pipelineP(
  new ReadableStream({ pull(c) { c.error(new Error('web source failed')); } }),
  new WritableStream(),
).catch((e) => console.log('pipeline 3 failed', e.message));
