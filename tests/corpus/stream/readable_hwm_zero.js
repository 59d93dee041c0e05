// highWaterMark 0: nothing is buffered ahead; each read pulls one chunk.
const { Readable } = require('stream');
let n = 0;
const r = new Readable({
  highWaterMark: 0,
  read() {
    n++;
    console.log('_read', n);
    this.push(n <= 2 ? `c${n}` : null);
  },
});
r.on('data', (c) => console.log('data', String(c)));
r.on('end', () => console.log('end'));
