// stream/promises pipeline: gzip a file, gunzip it back, compare.
const fs = require('fs');
const zlib = require('zlib');
const { pipeline } = require('stream/promises');
(async () => {
  await pipeline(fs.createReadStream('bigfile.txt'), zlib.createGzip(), fs.createWriteStream('out.gz'));
  console.log('compressed');
  await pipeline(fs.createReadStream('out.gz'), zlib.createGunzip(), fs.createWriteStream('out.txt'));
  console.log('decompressed', fs.readFileSync('out.txt', 'utf8') === fs.readFileSync('bigfile.txt', 'utf8'));
  try {
    await pipeline(fs.createReadStream('bigfile.txt'), zlib.createGunzip(), fs.createWriteStream('bad.txt'));
  } catch (err) {
    console.log('failed:', err.message, err.code);
  }
  for (const f of ['out.gz', 'out.txt', 'bad.txt']) fs.unlinkSync(f);
})();
