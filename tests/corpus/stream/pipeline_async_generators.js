// stream.pipeline with async generator stages.
const { pipeline, Readable, Writable } = require('stream');
async function* upper(source) {
  for await (const chunk of source) {
    console.log('upper sees', String(chunk));
    yield String(chunk).toUpperCase();
  }
}
async function* exclaim(source) {
  for await (const chunk of source) yield chunk + '!';
}
const out = [];
pipeline(
  Readable.from(['a', 'b', 'c']),
  upper,
  exclaim,
  new Writable({
    objectMode: true,
    write(chunk, enc, cb) { console.log('write', chunk); out.push(chunk); cb(); },
  }),
  (err) => console.log('pipeline done', err ?? null, out),
);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
