// Where web-stream steps land between nextTicks: a read, a write, a pipe, each from a tick.
const log = (m) => console.log(m);
const rs = new ReadableStream({ start(c) { c.enqueue('r'); } });
const reader = rs.getReader();
const ws = new WritableStream({ write(chunk) { log('sink got ' + chunk); } });
const writer = ws.getWriter();
process.nextTick(() => {
  log('tick A');
  reader.read().then(({ value }) => log('read ' + value));
  writer.write('w').then(() => log('write settled'));
  process.nextTick(() => log('tick A.1'));
  queueMicrotask(() => log('microtask A'));
});
process.nextTick(() => log('tick B'));
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise'));
}).then(() => log('promise 2')).then(() => log('promise 3')).then(() => log('promise 4'));
setTimeout(() => log('timeout'), 0);
