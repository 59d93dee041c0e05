const { PassThrough } = require('stream');
const p = new PassThrough();
p.on('data', (d) => console.log('data', d.toString()));
p.on('finish', () => console.log('finish'));
p.on('end', () => console.log('end'));
p.write('one');
process.nextTick(() => p.write('two'));
queueMicrotask(() => p.end('three'));
console.log('sync done');
