// An error from _transform destroys the Transform.
const { Transform } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) {
    if (String(chunk) === 'bad') return cb(new Error('bad chunk'));
    cb(null, chunk);
  },
});
t.on('data', (c) => console.log('data', String(c)));
t.on('error', (e) => console.log('error', e.message));
t.on('close', () => console.log('close'));
t.write('ok');
t.write('bad');
t.write('never');
