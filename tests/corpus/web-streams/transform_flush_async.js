// An async flush: the readable side closes only after it settles.
const ts = new TransformStream({
  transform(chunk, c) { c.enqueue(chunk); },
  async flush(c) {
    console.log('flush start');
    await new Promise((r) => setTimeout(r, 2));
    c.enqueue('tail');
    console.log('flush end');
  },
});
const writer = ts.writable.getWriter();
writer.write('head');
writer.close().then(() => console.log('writer closed'));
(async () => {
  const reader = ts.readable.getReader();
  for (;;) {
    const r = await reader.read();
    console.log(r);
    if (r.done) break;
  }
})();
