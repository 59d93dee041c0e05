// maxOutputLength: ERR_BUFFER_TOO_LARGE from the sync and the callback forms.
const zlib = require('zlib');
const packed = zlib.deflateSync('x'.repeat(5000));
try {
  zlib.inflateSync(packed, { maxOutputLength: 100 });
} catch (err) {
  console.log(err.name, err.code, err.message);
}
zlib.inflate(packed, { maxOutputLength: 100 }, (err, res) => {
  console.log('callback', err.code, err.message, res);
});
console.log(zlib.inflateSync(packed, { maxOutputLength: 5000 }).length);
