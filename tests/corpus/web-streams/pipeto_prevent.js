// preventClose / preventCancel / preventAbort.
(async () => {
  const src = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
  const dest = new WritableStream({ write(c) { console.log('got', c); }, close() { console.log('should not close'); } });
  await src.pipeTo(dest, { preventClose: true });
  console.log('dest still', dest);
  const w = dest.getWriter();
  await w.write('more');
  await w.close();
  console.log('after manual close', dest);

  const erroring = new ReadableStream({ start(c) { c.error(new Error('src broke')); } });
  const d2 = new WritableStream({ abort(r) { console.log('d2 abort', r.message); } });
  await erroring.pipeTo(d2).catch((e) => console.log('pipe rejected', e.message));
  const d3 = new WritableStream({ abort() { console.log('d3 abort (unexpected)'); } });
  const erroring2 = new ReadableStream({ start(c) { c.error(new Error('src broke 2')); } });
  await erroring2.pipeTo(d3, { preventAbort: true }).catch((e) => console.log('pipe rejected', e.message, d3));

  const src4 = new ReadableStream({ pull(c) { c.enqueue('z'); }, cancel(r) { console.log('src4 cancel', r.message); } });
  const d4 = new WritableStream({ write() { throw new Error('dest broke'); } });
  await src4.pipeTo(d4).catch((e) => console.log('pipe rejected', e.message, src4));
})();
