// Copying a file with pipe: read stream into write stream.
const fs = require('fs');
const src = fs.createReadStream('bigfile.txt');
const dst = fs.createWriteStream('copy.txt');
src.pipe(dst);
dst.on('finish', () => {
  const a = fs.readFileSync('bigfile.txt');
  const b = fs.readFileSync('copy.txt');
  console.log('copied', b.length, a.equals(b));
});
src.on('end', () => console.log('src end'));
dst.on('close', () => console.log('dst close'));
