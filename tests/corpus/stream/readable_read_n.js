// read(n) returns exactly n bytes when buffered, null otherwise (until the end).
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('hello');
r.push('world');
console.log(String(r.read(3)), r.readableLength);
console.log(String(r.read(4)), r.readableLength);
console.log(r.read(10), r.readableLength);
r.push(null);
console.log(String(r.read(10)), r.readableLength);
console.log(r.read(), r.readableEnded);
r.on('end', () => console.log('end', r.readableEnded));
