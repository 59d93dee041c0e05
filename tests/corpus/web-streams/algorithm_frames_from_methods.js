// A pull, write, close or cancel reached from a reader's or writer's method: Node's frames
// name the methods (ReadableStreamDefaultReader.read, [kPull], WritableStreamDefaultWriter.write).
const show = (label, e) => console.log(label, e.stack.replaceAll(__dirname, '.'));
(async () => {
  const rs = new ReadableStream({ pull() { throw new Error('pull on read'); } }, { highWaterMark: 0 });
  await new Promise((r) => setTimeout(r, 1));
  await rs.getReader().read().catch((e) => show('read:', e));
  const ws = new WritableStream({ write() { throw new Error('write later'); } });
  await new Promise((r) => setTimeout(r, 1));
  await ws.getWriter().write('a').catch((e) => show('write:', e));
  const rs2 = new ReadableStream({ cancel() { throw new Error('cancel'); } });
  await rs2.cancel().catch((e) => show('cancel:', e));
})();
