// stream.compose with async generator stages at both ends and a Transform between.
const { compose, Transform, Readable } = require('stream');
const upper = new Transform({
  transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
});
const composed = compose(
  async function* (source) {
    for await (const chunk of source) yield `<${chunk}>`;
  },
  upper,
  async function* (source) {
    for await (const chunk of source) yield `${chunk}|`;
  },
);
composed.on('data', (c) => console.log('data', String(c)));
composed.on('end', () => console.log('end'));
composed.on('finish', () => console.log('finish'));
composed.on('close', () => console.log('close'));
composed.write('a');
composed.write('b');
composed.end();
Readable.from(['x', 'y']).compose(async function* (src) {
  for await (const c of src) yield c + c;
}).toArray().then((arr) => console.log('readable.compose', arr));
