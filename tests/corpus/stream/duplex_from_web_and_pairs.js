// Duplex.from with web streams and { readable, writable } pairs.
const { Duplex, Readable, Writable, PassThrough } = require('stream');
const fromReadableStream = Duplex.from(new ReadableStream({
  start(c) { c.enqueue('web'); c.close(); },
}));
console.log(fromReadableStream.readable, fromReadableStream.writable);
fromReadableStream.on('data', (c) => console.log('rs data', String(c)));
fromReadableStream.on('end', () => console.log('rs end'));

const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(new TextDecoder().decode(c) + '!'); } });
const fromPair = Duplex.from(ts);
fromPair.on('data', (c) => console.log('pair data', String(c)));
fromPair.end('hey');

const sink = [];
const w = new Writable({ write(c, e, cb) { sink.push(String(c)); cb(); } });
const r = Readable.from(['1', '2']);
const mixed = Duplex.from({ readable: r, writable: w });
mixed.on('data', (c) => console.log('mixed data', c));
mixed.on('end', () => console.log('mixed end'));
mixed.end('into writable', () => console.log('mixed finished, sink', sink));
const same = new PassThrough();
console.log(Duplex.from(same) === same);
const fromArray = Duplex.from(['p', 'q']);
fromArray.on('data', (c) => console.log('array data', c));
