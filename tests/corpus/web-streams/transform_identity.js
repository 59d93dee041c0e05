// The identity TransformStream, written and read concurrently, with strategies.
const ts = new TransformStream({}, { highWaterMark: 2 }, { highWaterMark: 1 });
const writer = ts.writable.getWriter();
console.log(writer.desiredSize);
(async () => {
  for await (const chunk of ts.readable) console.log('read', chunk);
  console.log('readable done');
})();
(async () => {
  for (const c of ['p', 'q', 'r']) {
    await writer.ready;
    console.log('write', c, writer.desiredSize);
    writer.write(c);
  }
  await writer.close();
  console.log('writer closed');
})();
