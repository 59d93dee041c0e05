// objectMode: each push is one item; highWaterMark counts items.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
console.log(r.push({ a: 1 }), r.readableLength);
console.log(r.push([1, 2]), r.readableLength);
console.log(r.push(42), r.readableLength);
console.log(r.readableHighWaterMark, r.readableObjectMode);
r.push(null);
r.on('data', (item) => console.log('data', item));
r.on('end', () => console.log('end'));
