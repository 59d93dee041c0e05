// Leaving a for await loop early destroys the stream.
const { Readable } = require('stream');
const r = Readable.from([1, 2, 3, 4, 5]);
r.on('close', () => console.log('close'));
(async () => {
  for await (const x of r) {
    console.log('x', x);
    if (x === 2) break;
  }
  console.log('after loop', r.destroyed);
})();
