// A default reader's reads against nextTicks and plain promise callbacks.
const rs = new ReadableStream({
  start(controller) {
    console.log('start');
    controller.enqueue('a');
  },
  pull(controller) {
    console.log('pull, desiredSize', controller.desiredSize);
    controller.enqueue('b');
    if (controller.desiredSize <= 0) controller.close();
  },
});
const reader = rs.getReader();
process.nextTick(() => console.log('tick 1'));
reader.read().then((r) => console.log('read 1', r));
Promise.resolve().then(() => console.log('promise 1'));
reader.read().then((r) => console.log('read 2', r));
reader.read().then((r) => console.log('read 3', r));
reader.closed.then(() => console.log('closed'));
process.nextTick(() => console.log('tick 2'));
console.log('sync end', rs.locked);
