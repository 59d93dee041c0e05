// for await over a ReadableStream, interleaved with ticks and timers.
const rs = new ReadableStream({
  start(c) {
    this.n = 0;
  },
  pull(c) {
    this.n++;
    console.log('pull', this.n);
    process.nextTick(() => console.log('tick after pull', this.n));
    if (this.n > 3) c.close();
    else c.enqueue(this.n * 10);
  },
});
setImmediate(() => console.log('immediate'));
(async () => {
  for await (const v of rs) {
    console.log('value', v);
  }
  console.log('loop done', rs.locked);
})();
Promise.resolve().then(() => console.log('microtask'));
