// Blob.prototype.stream(): one chunk per blob part, read on the microtasks Node reads them.
(async () => {
  for (const parts of [['ab', 'cd'], ['x'], [], [new Blob(['q', 'r']), 's']]) {
    const chunks = [];
    for await (const c of new Blob(parts).stream()) chunks.push(Buffer.from(c).toString());
    console.log(chunks);
  }
})();
const b = new Blob(['hello']);
const s = b.stream();
process.nextTick(() => console.log('tick'));
s.getReader().read().then((r) => console.log('read', r));
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4')).then(() => console.log('p5'));
