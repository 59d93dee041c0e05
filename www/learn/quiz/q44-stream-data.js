const { Readable } = require('stream');
const r = Readable.from(['a', 'b']);
r.on('data', (c) => console.log('data', c));
r.on('end', () => console.log('end'));
console.log('sync');
