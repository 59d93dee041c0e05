// start() returning a promise delays the first pull by the promise's adoption.
const log = (m) => console.log(m);
const rs = new ReadableStream({
  async start() {
    log('start');
    await null;
    log('start resumed');
  },
  pull(c) {
    log('pull');
    c.enqueue(1);
    c.close();
  },
});
Promise.resolve().then(() => log('p1')).then(() => log('p2')).then(() => log('p3')).then(() => log('p4'));
process.nextTick(() => log('tick'));
rs.getReader().read().then((r) => log(`read ${JSON.stringify(r)}`));
