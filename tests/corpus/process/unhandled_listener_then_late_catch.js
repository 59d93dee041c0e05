process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled', reason instanceof Error ? reason.message : reason);
});
process.on('rejectionHandled', (p) => console.log('handled later'));
const p = Promise.reject(new Error('late'));
Promise.reject(42);
setTimeout(() => { p.catch(() => console.log('caught late')); }, 0);
setTimeout(() => console.log('done'), 5);
