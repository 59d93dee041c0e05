// readable.pipe(writable): data, then end() of the destination, then 'finish'.
const { Readable, Writable } = require('stream');
const src = new Readable({ read() {} });
const dest = new Writable({
  write(chunk, enc, cb) {
    console.log('write', String(chunk));
    cb();
  },
});
dest.on('pipe', (s) => console.log('pipe event', s === src));
dest.on('finish', () => console.log('finish'));
dest.on('close', () => console.log('dest close'));
src.on('end', () => console.log('src end'));
src.on('close', () => console.log('src close'));
console.log(src.pipe(dest) === dest);
src.push('one');
src.push('two');
src.push(null);
