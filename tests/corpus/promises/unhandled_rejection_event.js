// With an 'unhandledRejection' listener, the process goes on.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason.message, promise instanceof Promise);
});
Promise.reject(new Error('lost'));
setTimeout(() => console.log('still running'), 5);
