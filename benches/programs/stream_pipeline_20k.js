// A pipeline of 20,000 chunks from a Readable through a Transform into a Writable.
const { Readable, Transform, Writable, pipeline } = require('stream');
const N = 20000;
let produced = 0;
const source = new Readable({
  read() {
    produced++;
    this.push(produced <= N ? `chunk ${produced}\n` : null);
  },
});
const upper = new Transform({
  transform(chunk, encoding, callback) {
    callback(null, chunk.toString().toUpperCase());
  },
});
let bytes = 0;
let chunks = 0;
const sink = new Writable({
  write(chunk, encoding, callback) {
    bytes += chunk.length;
    chunks++;
    callback();
  },
});
pipeline(source, upper, sink, (err) => {
  console.log(err ? `failed: ${err.message}` : `${chunks} chunks, ${bytes} bytes`);
});
