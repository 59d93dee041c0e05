// Errors thrown by a source's pull, a sink's write and close, and a transformer's transform,
// printed with their stacks: Node reaches each through createPromiseCallback's wrapper and
// invokePromiseCallback, from the reaction to start() settling or to an earlier pull.
const show = (label, e) => console.log(label, e.stack.replaceAll(__dirname, '.'));
(async () => {
  const rs = new ReadableStream({ pull() { throw new Error('pull after start'); } });
  await rs.getReader().read().catch((e) => show('pull:', e));

  let n = 0;
  const rs2 = new ReadableStream({
    pull(c) {
      if (n++ === 1) throw new Error('second pull');
      c.enqueue(n);
    },
  }, { highWaterMark: 2 });
  await new Promise((r) => setTimeout(r, 1));
  await rs2.getReader().closed.catch((e) => show('pull again:', e));

  const ws = new WritableStream({ write() { throw new Error('first write'); } });
  await ws.getWriter().write('a').catch((e) => show('write:', e));

  const ws2 = new WritableStream({ close() { throw new Error('close'); } });
  await ws2.getWriter().close().catch((e) => show('close:', e));

  const ts = new TransformStream({ transform() { throw new Error('transform'); } });
  ts.writable.getWriter().write('x').catch((e) => show('transform:', e));
  await ts.readable.getReader().read().catch(() => {});
})();
