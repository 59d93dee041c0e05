// Exercise: order the lines.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('data', (chunk) => console.log('data', chunk.toString()));
r.on('end', () => console.log('end'));
r.push('x');
r.push(null);
console.log('sync');
