// An uncaught exception in an immediate kills the process; later immediates do not run.
setImmediate(() => {
  console.log('immediate 1');
  throw new Error('boom in immediate');
});
setImmediate(() => console.log('immediate 2 (never)'));
