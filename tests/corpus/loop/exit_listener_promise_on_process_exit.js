// When the exit comes from process.exit(), even promise callbacks queued in an 'exit' listener are dropped
// (compare exit_event_async_work_ignored.js, where the loop ended naturally).
process.on('exit', (code) => {
  console.log('exit listener, code', code);
  Promise.resolve().then(() => console.log('promise from exit (never)'));
  process.nextTick(() => console.log('nextTick from exit (never)'));
});
setTimeout(() => process.exit(0), 1);
