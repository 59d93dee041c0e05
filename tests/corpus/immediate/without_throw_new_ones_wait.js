// The same program without the throw: the queued immediate waits for the next iteration,
// after the due timer.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate queued by 1'));
  setTimeout(() => console.log('timeout'), 0);
  process.nextTick(() => console.log('tick from 1'));
  const start = Date.now();
  while (Date.now() - start < 5);
});
