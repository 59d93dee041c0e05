const { PassThrough } = require('stream');
const pt = new PassThrough();
const chunks = [];
pt.on('data', (c) => chunks.push(c));
pt.on('end', () => console.log(Buffer.concat(chunks).toString(), chunks.length));
pt.write(Buffer.from('he'));
pt.write('llo');
setTimeout(() => pt.end(' world'), 1);
