process.nextTick(() => {
  console.log('t1');
  process.nextTick(() => {
    console.log('t1.1');
    process.nextTick(() => console.log('t1.1.1'));
    Promise.resolve().then(() => console.log('p in t1.1'));
  });
  Promise.resolve().then(() => {
    console.log('p in t1');
    process.nextTick(() => console.log('t in p in t1'));
    Promise.resolve().then(() => console.log('p in p in t1'));
  });
});
process.nextTick(() => console.log('t2'));
Promise.resolve().then(() => console.log('p top'));
queueMicrotask(() => console.log('qm top'));
