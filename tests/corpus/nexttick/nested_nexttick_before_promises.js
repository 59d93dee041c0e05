// A nextTick queued by a nextTick still runs before any promise callback: the whole tick queue drains first.
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick 1.1 (nested)'));
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise'));
