// A promise callback from beforeExit runs, but does not make beforeExit fire again.
let n = 0;
process.on('beforeExit', () => {
  console.log('beforeExit', ++n);
  Promise.resolve().then(() => console.log('microtask from beforeExit'));
  process.nextTick(() => console.log('tick from beforeExit'));
});
