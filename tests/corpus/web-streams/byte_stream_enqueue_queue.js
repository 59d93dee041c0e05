// Bytes enqueued before any read are queued and handed out chunk by chunk; BYOB reads with min.
const rs = new ReadableStream({
  type: 'bytes',
  start(c) {
    c.enqueue(new Uint8Array([1, 2, 3]));
    c.enqueue(new Uint8Array([4, 5]));
    console.log('desiredSize', c.desiredSize);
    c.close();
  },
});
(async () => {
  const reader = rs.getReader({ mode: 'byob' });
  const a = await reader.read(new Uint8Array(2));
  console.log(a.value, a.done);
  const b = await reader.read(new Uint8Array(10), { min: 3 });
  console.log(b.value, b.done);
  const c = await reader.read(new Uint8Array(1));
  console.log(c.value, c.done);
})();
