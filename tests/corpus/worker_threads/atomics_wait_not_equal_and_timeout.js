// Atomics.wait's three answers on one thread: not-equal, timed-out, and the sync sleep.
const shared = new Int32Array(new SharedArrayBuffer(4));
console.log(Atomics.wait(shared, 0, 1));
console.log(Atomics.wait(shared, 0, 0, 0));
const start = Date.now();
console.log(Atomics.wait(shared, 0, 0, 50));
const waited = Date.now() - start;
console.log('slept at least 50 ms:', waited >= 50);
console.log(Atomics.notify(shared, 0));
