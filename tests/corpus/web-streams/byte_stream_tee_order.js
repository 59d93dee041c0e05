// The order of a byte tee's reads against ticks and microtasks, and cancelling a branch.
const stream = new ReadableStream({
  type: 'bytes',
  start(controller) {
    controller.enqueue(new Uint8Array([1, 2, 3]));
    controller.enqueue(new Uint8Array([4, 5]));
    controller.close();
  },
});
const [left, right] = stream.tee();
const rl = left.getReader();
const rr = right.getReader();
rl.read().then((r) => console.log('left 1', r.value));
rr.read().then((r) => console.log('right 1', r.value));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
rl.read().then((r) => console.log('left 2', r.value));
rr.cancel('enough').then(() => console.log('right cancelled'));
rl.read().then((r) => console.log('left 3', r.done));
rl.closed.then(() => console.log('left closed'));
