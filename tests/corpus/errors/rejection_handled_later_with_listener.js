// With an 'unhandledRejection' listener, handling the promise later emits 'rejectionHandled'.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  p.catch((e) => console.log('caught', e.message));
}, 1);
