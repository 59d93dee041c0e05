// Readable.from of an array: objectMode, one item per tick of reading.
const { Readable } = require('stream');
const r = Readable.from(['a', 'b', 'c']);
console.log(r.readableObjectMode, r.readableHighWaterMark);
r.on('data', (x) => console.log('data', x));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
setImmediate(() => console.log('immediate'));
