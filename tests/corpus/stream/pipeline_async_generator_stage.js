// pipeline with an async generator function as a transform stage.
const { pipeline, Readable, Writable } = require('stream');
pipeline(
  Readable.from(['1', '2', '3']),
  async function* double(source) {
    for await (const chunk of source) yield String(Number(chunk) * 2);
  },
  new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      console.log('got', chunk);
      cb();
    },
  }),
  (err) => console.log('done', err),
);
