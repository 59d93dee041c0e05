// Pushing asynchronously from _read versus synchronously: where 'data' and 'end' land.
const { Readable } = require('stream');
let i = 0;
const sync = new Readable({
  read() {
    i++;
    this.push(i < 3 ? `s${i}` : null);
  },
});
let j = 0;
const async = new Readable({
  read() {
    process.nextTick(() => {
      j++;
      this.push(j < 3 ? `a${j}` : null);
    });
  },
});
sync.on('data', (c) => console.log('sync data', String(c)));
sync.on('end', () => console.log('sync end'));
async.on('data', (c) => console.log('async data', String(c)));
async.on('end', () => console.log('async end'));
