// A main-script nextTick after setTimeout(0)/setImmediate: the process's first tick drain takes real time, the timeout is often due.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => {});
