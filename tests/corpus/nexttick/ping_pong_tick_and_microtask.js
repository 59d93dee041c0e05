// Alternating nextTick and microtask nesting: each level waits for the other queue to drain.
process.nextTick(() => {
  console.log('tick 1');
  queueMicrotask(() => {
    console.log('micro 2');
    process.nextTick(() => {
      console.log('tick 3');
      queueMicrotask(() => console.log('micro 4'));
    });
  });
});
queueMicrotask(() => console.log('micro (queued by main)'));
process.nextTick(() => console.log('tick (queued by main)'));
