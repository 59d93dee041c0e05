// An unhandledRejection listener that rethrows: the process ends with the reason as an uncaught exception.
process.on('unhandledRejection', (r) => { console.log('unhandled:', r.message); throw r; });
Promise.reject(new Error('rethrown'));
