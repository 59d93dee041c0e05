// A Cipheriv is a Transform: pipe text through it and back, and see a bad decrypt as an
// 'error' event.
const crypto = require('crypto');
const { Readable, pipeline, PassThrough } = require('stream');
const key = Buffer.alloc(32, 1);
const iv = Buffer.alloc(16, 2);
const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
const decipher = crypto.createDecipheriv('aes-256-cbc', key, iv);
const chunks = [];
pipeline(Readable.from(['stream ', 'of ', 'several ', 'chunks']), cipher, decipher, new PassThrough(), (err) => {
  console.log('pipeline done', err);
}).on('data', (c) => chunks.push(c)).on('end', () => console.log('decrypted:', Buffer.concat(chunks).toString()));
const c2 = crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16));
c2.on('data', (d) => console.log('data', d.toString('hex')));
c2.on('end', () => console.log('end'));
c2.write('hello ');
c2.end('world');
const bad = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
bad.on('error', (e) => console.log('error event', e.code, e.message));
bad.on('data', (d) => console.log('bad data', d.length));
bad.end(Buffer.alloc(32));
console.log(cipher instanceof require('stream').Transform, typeof cipher.pipe, cipher.constructor.name);
