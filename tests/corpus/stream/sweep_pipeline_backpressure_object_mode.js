// pipeline of an object-mode source into a slow writable: read() calls against writes.
const { Readable, Writable, pipeline } = require('stream');
let produced = 0;
const src = new Readable({
  highWaterMark: 2, objectMode: true,
  read() { produced++; console.log('read called', produced); if (produced > 5) this.push(null); else this.push(produced); }
});
const slow = new Writable({
  highWaterMark: 1, objectMode: true,
  write(c, e, cb) { console.log('writing', c); setTimeout(cb, 2); }
});
pipeline(src, slow, err => console.log('pipeline done', err));
