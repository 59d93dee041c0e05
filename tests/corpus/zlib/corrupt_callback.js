// A corrupt input to a callback form: the error object as Node prints it.
const zlib = require('zlib');
zlib.inflate(Buffer.from('definitely not zlib'), (err, result) => {
  console.log(result);
  console.log(err);
  console.log(Object.keys(err));
});
zlib.gunzip(zlib.gzipSync('cut short').subarray(0, 15), (err) => {
  console.log(err.message, err.code, err.errno);
});
