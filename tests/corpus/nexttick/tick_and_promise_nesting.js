// A tick queued from a promise callback waits for the microtask queue to drain; a promise from a tick runs after the ticks.
process.nextTick(() => console.log('tick1'));
Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => console.log('tick inside promise'));
}).then(() => console.log('p2'));
process.nextTick(() => {
  console.log('tick2');
  Promise.resolve().then(() => console.log('promise inside tick'));
});
