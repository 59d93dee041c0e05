// An uncaught exception in a timer callback kills the process (exit 1); later timers do not run.
setTimeout(() => {
  console.log('timer 1');
  throw new Error('boom in timer');
}, 1);
setTimeout(() => console.log('timer 2 (never)'), 1);
