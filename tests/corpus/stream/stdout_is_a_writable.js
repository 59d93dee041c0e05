// process.stdout is a Writable: write callbacks on a tick, pipe() into it without ending it.
const { Readable, Writable } = require('stream');
process.stdout.write('a\n', () => console.log('write cb'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log(process.stdout instanceof Writable, process.stdout.writable, process.stdout.writableHighWaterMark, typeof process.stdout.on, process.stdout.fd, process.stdout._isStdio, process.stdout.writableLength);
const r = Readable.from(['x\n', 'y\n']);
r.pipe(process.stdout);
r.on('end', () => console.log('end', process.stdout.writableEnded));
process.stdout.on('finish', () => console.log('stdout finish?'));
