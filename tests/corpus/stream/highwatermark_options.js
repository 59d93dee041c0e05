// Default and invalid highWaterMark values.
const stream = require('stream');
const { Readable, Writable, Duplex } = stream;
console.log(new Readable().readableHighWaterMark, new Writable().writableHighWaterMark);
console.log(new Readable({ objectMode: true }).readableHighWaterMark);
console.log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
const d = new Duplex({ readableHighWaterMark: 10, writableHighWaterMark: 20 });
console.log(d.readableHighWaterMark, d.writableHighWaterMark);
for (const bad of [-1, 1.5, 'x']) {
  try {
    new Readable({ highWaterMark: bad });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
