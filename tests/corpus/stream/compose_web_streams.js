// compose with a TransformStream and a WritableStream at the end.
const { compose, Readable } = require('stream');
const upper = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
const c = compose(upper, async function* (src) {
  for await (const x of src) yield `[${x}]`;
});
c.on('data', (d) => console.log('data', String(d)));
c.on('end', () => console.log('end'));
c.write('web');
c.end('streams');
