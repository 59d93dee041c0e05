// unpipe() with no argument detaches every destination.
const { PassThrough, Writable } = require('stream');
const src = new PassThrough();
const sinks = ['one', 'two'].map((name) => new Writable({
  write(c, e, cb) {
    console.log(name, String(c));
    cb();
  },
}).on('unpipe', () => console.log(name, 'unpiped')));
sinks.forEach((s) => src.pipe(s));
src.write('first');
setImmediate(() => {
  src.unpipe();
  src.write('second');
  console.log('flowing', src.readableFlowing, 'buffered', src.readableLength);
});
