// An error thrown by the iterator destroys the stream with it.
const { Readable } = require('stream');
function* gen() {
  yield 'a';
  throw new Error('generator failed');
}
const r = Readable.from(gen());
r.on('data', (x) => console.log('data', x));
r.on('error', (e) => console.log('error', e.message));
r.on('close', () => console.log('close'));
r.on('end', () => console.log('end'));
