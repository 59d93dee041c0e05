process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick 1.1'));
  Promise.resolve().then(() => {
    console.log('micro 1');
    process.nextTick(() => console.log('tick from micro 1'));
    Promise.resolve().then(() => console.log('micro 1.1'));
  });
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('micro 0'));
queueMicrotask(() => { console.log('qm 0'); process.nextTick(() => console.log('tick from qm')); });
setTimeout(() => {
  console.log('timeout A');
  process.nextTick(() => console.log('tick in A'));
}, 0);
setTimeout(() => console.log('timeout B'), 0);
setImmediate(() => { console.log('imm A'); setImmediate(() => console.log('imm nested')); });
setImmediate(() => console.log('imm B'));
