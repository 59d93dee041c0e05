// Piping into a slow writable with a small highWaterMark: write() returns false, the source
// pauses, and 'drain' resumes it.
const { Readable, Writable } = require('stream');
let n = 0;
const src = new Readable({
  highWaterMark: 2,
  read() {
    n++;
    if (n <= 5) this.push(`c${n}`);
    else this.push(null);
  },
});
const dest = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) {
    console.log('write', String(chunk), 'pending', this.writableLength);
    setImmediate(cb);
  },
});
dest.on('drain', () => console.log('drain'));
src.on('pause', () => console.log('src pause'));
src.on('resume', () => console.log('src resume'));
dest.on('finish', () => console.log('finish'));
src.pipe(dest);
