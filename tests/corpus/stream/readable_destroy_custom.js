// A custom _destroy that finishes later delays 'close'.
const { Readable } = require('stream');
const r = new Readable({
  read() {},
  destroy(err, cb) {
    console.log('_destroy', err);
    setImmediate(() => {
      console.log('cleanup done');
      cb(err);
    });
  },
});
r.on('close', () => console.log('close'));
r.destroy();
console.log('destroyed', r.destroyed, 'closed', r.closed);
setTimeout(() => console.log('timeout'), 5);
