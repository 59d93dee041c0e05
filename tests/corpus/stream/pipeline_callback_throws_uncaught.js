// An error thrown in stream.pipeline's callback is uncaught: Node calls the callback through
// its `once` wrapper (node:internal/util:527:20) on a tick of its own.
const { pipeline, Readable, Writable } = require('stream');
pipeline(Readable.from(['a']), new Writable({ write(c, e, cb) { cb(new Error('sink failed')); } }), (err) => {
  console.log('pipeline failed:', err.message);
  throw new Error('thrown in pipeline callback');
});
