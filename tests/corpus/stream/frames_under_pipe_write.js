// pipe()'s 'data' listener writes to the destination: V8 names it for the source's type
// (`Readable.ondata`, `ReadStream.ondata`) under the source's emit.
const fs = require('fs');
const { Readable, Writable } = require('stream');
const top = (e) => e.stack.split('\n').slice(0, 7).join('\n').replaceAll(__dirname, '.');
const sink = (label, done) => new Writable({
  write(chunk, enc, cb) { console.log(label, top(new Error(label))); if (done) done(); cb(); },
});
Readable.from(['a'], { objectMode: false }).pipe(sink('from readable'));
fs.writeFileSync('pipe_ondata.tmp', 'hello');
fs.createReadStream('pipe_ondata.tmp').pipe(sink('from file', () => fs.unlinkSync('pipe_ondata.tmp')));
