// tee(): both branches see every chunk; the close arrives on a nextTick in Node.
const rs = new ReadableStream({
  start(c) {
    c.enqueue('x');
    c.enqueue('y');
    c.close();
  },
});
const [a, b] = rs.tee();
console.log(rs.locked, a, b);
async function drain(name, stream) {
  const reader = stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    console.log(name, value, done);
    if (done) break;
  }
}
process.nextTick(() => console.log('tick'));
drain('a', a);
drain('b', b);
