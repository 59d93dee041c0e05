// An uncaught exception in the main script: stderr report, exit code 1, and pending timers never run.
setTimeout(() => console.log('never'), 0);
console.log('before throw');
throw new Error('boom in main');
