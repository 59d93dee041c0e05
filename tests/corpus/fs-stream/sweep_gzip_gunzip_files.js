const fs = require('fs');
const zlib = require('zlib');
const { pipeline } = require('stream');
fs.writeFileSync('sweep_gzip_gunzip_files.txt', 'hello '.repeat(1000));
pipeline(fs.createReadStream('sweep_gzip_gunzip_files.txt'), zlib.createGzip(), fs.createWriteStream('sweep_gzip_gunzip_files.txt.gz'), (err) => {
  console.log('gz done', err, fs.statSync('sweep_gzip_gunzip_files.txt.gz').size);
  pipeline(fs.createReadStream('sweep_gzip_gunzip_files.txt.gz'), zlib.createGunzip(), fs.createWriteStream('sweep_gzip_gunzip_files.out'), (err) => {
    console.log('gunzip', err, fs.readFileSync('sweep_gzip_gunzip_files.out', 'utf8').length);
    for (const f of ['sweep_gzip_gunzip_files.txt', 'sweep_gzip_gunzip_files.txt.gz', 'sweep_gzip_gunzip_files.out']) fs.unlinkSync(f);
  });
});
