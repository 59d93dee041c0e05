// A pulled ReadableStream with highWaterMark 2: pulls, reads and the closed promise against ticks.
let i = 0;
const rs = new ReadableStream({
  start(c) { console.log('start', c.desiredSize); },
  pull(c) { console.log('pull', i, c.desiredSize); c.enqueue(i++); if (i === 3) c.close(); },
}, { highWaterMark: 2 });
const reader = rs.getReader();
(async () => {
  while (true) {
    const r = await reader.read();
    console.log('read', r);
    if (r.done) break;
  }
  console.log(await reader.closed);
})();
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
