// In an ES module queueMicrotask callbacks also beat nextTick; the tick queue runs once all microtasks are done.
process.nextTick(() => console.log('nextTick'));
queueMicrotask(() => {
  console.log('microtask 1');
  queueMicrotask(() => console.log('microtask 2 (nested)'));
});
console.log('sync');
