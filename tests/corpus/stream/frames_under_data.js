// Node's stream frames under a 'data' or 'readable' listener: a chunk pushed while flowing
// (addChunk, readableAddChunkPush*Mode, Readable.push), one delivered by flow() on the tick
// resume() queued, 'readable' from emitReadable_, and 'end' from endReadableNT.
const { Readable } = require('stream');
const show = (label) => console.log(new Error(label).stack.split(__dirname).join('.'));

const bytes = new Readable({ read() {} });
bytes.on('data', () => show('pushed bytes'));
setTimeout(() => bytes.push('q'), 2);

const objects = new Readable({ objectMode: true, read() {} });
objects.on('data', () => show('pushed object'));
setTimeout(() => objects.push({ a: 1 }), 4);

const flowing = Readable.from(['a']);
flowing.on('data', () => show('flowed'));
flowing.on('end', () => show('ended'));

const paused = new Readable({ read() {} });
paused.on('readable', () => {
  show('readable');
  paused.read();
});
paused.push('x');
