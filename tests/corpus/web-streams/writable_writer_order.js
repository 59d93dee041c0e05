// A writer's write/ready/closed promises against nextTicks, with a slow sink.
const ws = new WritableStream({
  start() { console.log('start'); },
  write(chunk) {
    console.log('sink write', chunk);
    return new Promise((resolve) => setTimeout(resolve, 2));
  },
  close() { console.log('sink close'); },
}, { highWaterMark: 2 });
const writer = ws.getWriter();
console.log('desiredSize', writer.desiredSize);
writer.ready.then(() => console.log('ready'));
for (const c of ['a', 'b', 'c']) {
  writer.write(c).then(() => console.log('written', c, writer.desiredSize));
  console.log('after write', c, writer.desiredSize);
}
writer.ready.then(() => console.log('ready again'));
writer.close().then(() => console.log('close resolved'));
writer.closed.then(() => console.log('closed', ws));
process.nextTick(() => console.log('tick'));
