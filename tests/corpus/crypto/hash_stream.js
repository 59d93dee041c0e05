const crypto = require('crypto');
const { Readable, pipeline } = require('stream');
const h = crypto.createHash('sha1');
h.on('data', (d) => console.log('data', d.toString('hex')));
h.on('end', () => console.log('end'));
h.write('ab');
h.end('c');
console.log('sync done');
const h2 = crypto.createHash('md5');
h2.setEncoding('hex');
pipeline(Readable.from(['he', 'llo']), h2, async function* (source) {
  for await (const chunk of source) console.log('piped', chunk);
}, (err) => console.log('pipeline', err));
