// queueMicrotask against then and nextTick, nested.
queueMicrotask(() => {
  console.log('qm1');
  queueMicrotask(() => console.log('qm1 nested'));
  process.nextTick(() => console.log('tick from qm1'));
});
Promise.resolve().then(() => console.log('then1'));
queueMicrotask(() => console.log('qm2'));
process.nextTick(() => console.log('tick1'));
