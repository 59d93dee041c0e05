// Readable.from of a string or Buffer pushes it whole.
const { Readable } = require('stream');
Readable.from('hello world').on('data', (c) => console.log('string', typeof c, c));
Readable.from(Buffer.from('bytes')).on('data', (c) => console.log('buffer', Buffer.isBuffer(c), String(c)));
Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]).on('data', (c) => console.log('mixed', c));
try {
  Readable.from(42);
} catch (e) {
  console.log(e.code, e.message);
}
