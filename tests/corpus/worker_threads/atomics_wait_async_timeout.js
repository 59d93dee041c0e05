// A waitAsync with a timeout keeps the loop alive until it times out.
const shared = new Int32Array(new SharedArrayBuffer(4));
const { value } = Atomics.waitAsync(shared, 0, 0, 30);
value.then((result) => console.log('resolved', result));
const forever = Atomics.waitAsync(shared, 0, 0);
forever.value.then((result) => console.log('never printed', result));
setTimeout(() => console.log('10 ms'), 10);
