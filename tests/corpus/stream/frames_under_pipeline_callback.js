// stream.pipeline's and stream.finished's callbacks are called through Node's `once` wrapper
// (node:internal/util:527:20); finished's from eos's own listeners, named for the stream.
const { pipeline, finished, Readable, PassThrough, Writable } = require('stream');
const top = (e) => e.stack.split('\n').slice(0, 6).join('\n').replaceAll(__dirname, '.');
pipeline(Readable.from(['a']), new Writable({ write(c, e, cb) { cb(); } }), (err) => {
  console.log('pipeline done', err);
  console.log(top(new Error('in pipeline callback')));
  const s = new PassThrough();
  finished(s, (err2) => {
    console.log(err2.message);
    console.log(top(new Error('in finished callback')));
  });
  s.destroy(new Error('gone'));
});
