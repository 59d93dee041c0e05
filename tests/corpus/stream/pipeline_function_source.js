// pipeline with a generator function as the source, and the signal it receives.
const { pipeline, Writable } = require('stream');
pipeline(
  function* source({ signal }) {
    console.log('signal', typeof signal, signal.aborted);
    yield 'a';
    yield 'b';
  },
  new Writable({ objectMode: true, write(c, e, cb) { console.log('write', c); cb(); } }),
  (err) => console.log('done', err),
);
