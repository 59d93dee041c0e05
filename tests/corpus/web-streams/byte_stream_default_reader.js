// A byte stream (type: 'bytes') read with a default reader.
let i = 0;
const rs = new ReadableStream({
  type: 'bytes',
  pull(controller) {
    i++;
    console.log('pull', i, controller.byobRequest, controller.desiredSize);
    if (i > 2) {
      controller.close();
      return;
    }
    controller.enqueue(new Uint8Array([i, i + 1, i + 2]));
  },
});
console.log(rs);
(async () => {
  const reader = rs.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    console.log(value, done);
    if (done) break;
  }
})();
process.nextTick(() => console.log('tick'));
