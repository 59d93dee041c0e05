// A nextTick queued from a microtask runs after later microtasks queued in the same drain.
queueMicrotask(() => {
  console.log('micro a');
  process.nextTick(() => console.log('tick from a'));
  queueMicrotask(() => console.log('micro b (queued by a)'));
});
