// A Duplex is an instance of Readable and (through Symbol.hasInstance) of Writable.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;
const d = new Duplex();
const t = new PassThrough();
console.log(d instanceof Readable, d instanceof Writable, d instanceof Duplex);
console.log(t instanceof Transform, t instanceof Duplex, t instanceof Writable, t instanceof stream);
console.log(new Readable() instanceof Writable, new Writable() instanceof Readable);
console.log(typeof stream, stream.Stream === stream, typeof stream.promises.pipeline);
console.log(Object.keys(stream).sort().join(','));
