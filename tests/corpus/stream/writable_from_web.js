// Writable.fromWeb: a Node Writable whose writes go to a web WritableStream.
const { Writable } = require('stream');
const ws = new WritableStream({
  write(chunk) { console.log('web write', chunk); },
  close() { console.log('web close'); },
});
const w = Writable.fromWeb(ws);
w.write('text', () => console.log('cb 1'));
w.write(Buffer.from([1, 2]), () => console.log('cb 2'));
w.end(() => console.log('end cb'));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
process.nextTick(() => console.log('tick'));
const bad = new WritableStream({ write() { throw new Error('web refused'); } });
const wb = Writable.fromWeb(bad, { objectMode: true });
wb.on('error', (e) => console.log('error', e.message));
wb.write({ x: 1 });
