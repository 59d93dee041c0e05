// nextTick passes extra arguments; ticks queued from a tick run in the same drain, before promises.
process.nextTick((a, b, c) => {
  console.log('tick 1 args', a, b, c);
  process.nextTick((x) => console.log('tick 3 (queued by tick 1)', x), 'x');
}, 1, 'two', { three: 3 });
process.nextTick(console.log, 'tick 2 via console.log', 42);
Promise.resolve().then(() => console.log('promise after all ticks'));
