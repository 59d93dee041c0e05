// Inside a zlib callback (poll phase), an immediate comes before the next zlib callback.
const zlib = require('zlib');
zlib.deflate('first', (err, a) => {
  console.log('deflate done');
  setImmediate(() => console.log('immediate from the callback'));
  process.nextTick(() => console.log('tick from the callback'));
  zlib.inflate(a, (err2, b) => {
    console.log('inflate done', b.toString());
    setTimeout(() => console.log('timeout 0 from inflate'), 0);
    setImmediate(() => console.log('immediate from inflate'));
  });
});
