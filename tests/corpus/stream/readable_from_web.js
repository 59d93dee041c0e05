// Readable.fromWeb: a web ReadableStream consumed as a Node Readable, events in Node's order.
const { Readable } = require('stream');
const web = new ReadableStream({
  start(c) {
    c.enqueue('one');
    c.enqueue('two');
    c.close();
  },
});
const r = Readable.fromWeb(web, { encoding: 'utf8' });
console.log(web.locked, r.readableEncoding, r.readableObjectMode);
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
process.nextTick(() => console.log('tick'));
const failing = new ReadableStream({ pull(c) { c.error(new Error('web failure')); } });
Readable.fromWeb(failing).on('error', (e) => console.log('error', e.message)).on('close', () => console.log('failing close')).resume();
try { Readable.fromWeb({}); } catch (e) { console.log(e.code, e.message); }
