// A custom size function and ByteLengthQueuingStrategy.
const rs = new ReadableStream({
  start(c) {
    c.enqueue('hello');
    console.log(c.desiredSize);
    c.enqueue('hi');
    console.log(c.desiredSize);
  },
}, { highWaterMark: 10, size: (chunk) => chunk.length });
const rs2 = new ReadableStream({
  start(c) {
    c.enqueue(new Uint8Array(6));
    console.log('bytes', c.desiredSize);
  },
}, new ByteLengthQueuingStrategy({ highWaterMark: 16 }));
const cqs = new CountQueuingStrategy({ highWaterMark: 2 });
console.log(cqs.highWaterMark, cqs.size(), cqs.size.name, Object.keys(CountQueuingStrategy.prototype));
const bl = new ByteLengthQueuingStrategy({ highWaterMark: 1 });
console.log(bl.size(new Uint8Array(7)), Object.prototype.toString.call(bl));
try { new CountQueuingStrategy({}); } catch (e) { console.log(e.name, e.code, e.message); }
const bad = new ReadableStream({
  start(c) {
    try { c.enqueue('x'); } catch (e) { console.log('enqueue threw', e.message); }
  },
}, { size() { throw new Error('bad size'); } });
bad.getReader().closed.catch((e) => console.log('errored with', e.message));
