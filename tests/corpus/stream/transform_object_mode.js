// objectMode Transform producing several outputs per input.
const { Transform } = require('stream');
const split = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    for (const word of String(chunk).split(' ')) this.push({ word });
    cb();
  },
});
split.on('data', (o) => console.log(o));
split.on('end', () => console.log('end'));
split.end('the quick brown fox');
console.log(split.readableObjectMode, split.writableObjectMode);
