// The last immediate of a batch throws: the immediates it queued run in the same check
// phase, before its ticks and before a timer that is already due.
process.on('uncaughtException', (err) => console.log('caught:', err.message));
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate queued by 1'));
  setTimeout(() => console.log('timeout'), 0);
  process.nextTick(() => console.log('tick from 1'));
  const start = Date.now();
  while (Date.now() - start < 5);
  throw new Error('late failure');
});
