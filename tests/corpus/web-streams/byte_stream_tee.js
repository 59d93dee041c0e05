// Teeing a byte stream: both branches are byte streams and get equal, separate bytes.
let n = 0;
const stream = new ReadableStream({
  type: 'bytes',
  pull(controller) {
    n++;
    if (n <= 3) controller.enqueue(new Uint8Array([n, n * 10]));
    else controller.close();
  },
});
const [a, b] = stream.tee();
console.log(a, b);
(async () => {
  const readerA = a.getReader();
  const readerB = b.getReader({ mode: 'byob' });
  for (;;) {
    const ra = await readerA.read();
    const rb = await readerB.read(new Uint8Array(8));
    console.log('a', ra.done, ra.value, 'b', rb.done, rb.value);
    if (ra.done && rb.done) break;
    if (!ra.done) ra.value[0] = 99;
  }
})();
