// Paused mode: a 'readable' listener, then read() until null.
const { Readable } = require('stream');
let n = 0;
const r = new Readable({
  read() {
    n++;
    if (n <= 3) this.push(`chunk${n}`);
    else this.push(null);
  },
});
r.on('readable', () => {
  console.log('readable, length', r.readableLength);
  let chunk;
  while ((chunk = r.read()) !== null) console.log('read', String(chunk));
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
process.nextTick(() => console.log('tick'));
