// decodeStrings:false keeps strings; setDefaultEncoding changes how strings are read.
const { Writable } = require('stream');
const keep = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) {
    console.log(typeof chunk, chunk, enc);
    cb();
  },
});
keep.write('text');
keep.write('aGk=', 'base64');
const dec = new Writable({
  write(chunk, enc, cb) {
    console.log(Buffer.isBuffer(chunk), chunk.toString(), enc);
    cb();
  },
});
dec.setDefaultEncoding('hex');
dec.write('6869');
try {
  dec.setDefaultEncoding('nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
