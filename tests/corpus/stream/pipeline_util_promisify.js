// util.promisify(pipeline) is stream/promises' pipeline.
const util = require('util');
const stream = require('stream');
const p = util.promisify(stream.pipeline);
console.log(p === stream.promises.pipeline, util.promisify(stream.finished) === stream.promises.finished);
p(stream.Readable.from(['q']), new stream.Writable({ objectMode: true, write(c, e, cb) { console.log(c); cb(); } }))
  .then(() => console.log('ok'));
