// pipeline: file → uppercase Transform → file, with stream/promises.
const fs = require('fs');
const { Transform } = require('stream');
const { pipeline } = require('stream/promises');
const upper = new Transform({
  transform(chunk, enc, cb) {
    cb(null, String(chunk).toUpperCase());
  },
});
pipeline(fs.createReadStream('file.txt'), upper, fs.createWriteStream('upper.txt')).then(() => {
  console.log(fs.readFileSync('upper.txt', 'utf8'));
});
