// Ticks queued from microtasks and microtasks queued from ticks, several levels deep.
Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => console.log('tick from p1'));
  Promise.resolve().then(() => console.log('p1 inner'));
});
process.nextTick(() => {
  console.log('t1');
  Promise.resolve().then(() => {
    console.log('p from t1');
    process.nextTick(() => console.log('tick from p from t1'));
  });
  process.nextTick(() => console.log('t1 inner'));
});
queueMicrotask(() => console.log('qm'));
console.log('sync');
