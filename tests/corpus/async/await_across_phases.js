// One async function awaiting undefined, an immediate and a tick, against a timer.
setTimeout(() => console.log('timeout'), 0);
(async () => {
  console.log('a');
  await undefined;
  console.log('b');
  await new Promise(r => setImmediate(r));
  console.log('c');
  await new Promise(r => process.nextTick(r));
  console.log('d');
})();
