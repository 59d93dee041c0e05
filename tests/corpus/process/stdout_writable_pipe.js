// process.stdout is a stream.Writable: a Readable pipes into it, and pipe() does not end it.
const { Readable, Writable } = require('stream');
console.log(process.stdout instanceof Writable, process.stderr instanceof Writable);
const source = Readable.from(['one\n', 'two\n', 'three\n']);
source.pipe(process.stdout);
source.on('end', () => {
  console.log('source ended; stdout ended?', process.stdout.writableEnded);
  process.stdout.write('still writable\n');
});
