// pipe() handles backpressure for you: reading pauses while the destination is full.
const { Readable, Writable } = require('stream');

const source = Readable.from(['one', 'two', 'three']);
const sink = new Writable({
  write(chunk, encoding, callback) {
    console.log('wrote', chunk.toString());
    callback();
  },
});
sink.on('finish', () => console.log('finish'));
source.pipe(sink);
