// TransformStream backpressure: writes wait until the readable side is read.
const ts = new TransformStream({
  transform(chunk, c) {
    console.log('transform', chunk, 'desiredSize', c.desiredSize);
    c.enqueue(chunk * 2);
  },
});
const writer = ts.writable.getWriter();
const reader = ts.readable.getReader();
console.log(ts);
writer.write(1).then(() => console.log('write 1 done'));
writer.write(2).then(() => console.log('write 2 done'));
console.log('writer desiredSize', writer.desiredSize);
setTimeout(async () => {
  console.log('reading');
  console.log(await reader.read());
  console.log(await reader.read());
  writer.close();
  console.log(await reader.read());
}, 1);
