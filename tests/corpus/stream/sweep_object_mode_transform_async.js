const { Transform } = require('stream');
const t = new Transform({
  objectMode: true,
  async transform(obj, enc, cb) {
    await null;
    cb(null, { ...obj, doubled: obj.n * 2 });
  },
});
t.on('data', (d) => console.log('data', d));
t.on('end', () => console.log('end'));
t.write({ n: 1 });
t.write({ n: 2 });
t.end({ n: 3 });
console.log('sync', t.writableLength, t.readableObjectMode);
