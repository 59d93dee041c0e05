const { Readable } = require('stream');
const r = Readable.from(['a', 'b']);
const chunks = [];
r.on('data', (c) => chunks.push(c));
r.on('end', () => console.log(chunks, r.readableEnded, r.destroyed));
console.log(typeof r.pipe, r.readable, r.readableObjectMode);
