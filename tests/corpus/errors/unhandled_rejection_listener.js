// process.on('unhandledRejection') receives the reason and the promise; the process continues with exit code 0.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason, promise instanceof Promise);
});
Promise.reject('not an error');
setTimeout(() => console.log('still running'), 1);
