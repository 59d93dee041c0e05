// The callback forms: each result arrives in a later poll phase, after ticks and microtasks.
const zlib = require('zlib');
zlib.gzip('callback data', (err, gz) => {
  console.log('gzip', err, gz.length);
  zlib.gunzip(gz, (err2, back) => {
    console.log('gunzip', err2, back.toString());
    zlib.deflate(back, { level: 9 }, (err3, d) => {
      console.log('deflate', err3, d.toString('base64'));
      zlib.inflate(d, (err4, i) => console.log('inflate', i.toString()));
    });
  });
});
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
console.log('main done');
