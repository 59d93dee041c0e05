// Producer/consumer: the main thread consumes with Atomics.waitAsync, a worker produces.
const { Worker } = require('worker_threads');
const buf = new Int32Array(new SharedArrayBuffer(16));
// buf[0]: items produced, buf[1]: the item
async function consume() {
  let seen = 0;
  while (seen < 3) {
    const { async, value } = Atomics.waitAsync(buf, 0, seen);
    const outcome = async ? await value : value;
    seen = Atomics.load(buf, 0);
    console.log('consumer:', outcome, 'count', seen);
  }
}
consume().then(() => console.log('done'));
new Worker(`
  const { workerData } = require('worker_threads');
  const buf = new Int32Array(workerData);
  for (let i = 1; i <= 3; i++) {
    Atomics.wait(buf, 3, 0, 30); // sleep 30 ms
    Atomics.store(buf, 0, i);
    Atomics.notify(buf, 0);
  }
`, { eval: true, workerData: buf.buffer });
