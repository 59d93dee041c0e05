// PassThrough passes chunks unchanged.
const { PassThrough } = require('stream');
const p = new PassThrough();
p.on('data', (c) => console.log('data', String(c)));
p.on('end', () => console.log('end'));
p.on('finish', () => console.log('finish'));
p.write('one');
p.write(Buffer.from('two'));
p.end();
