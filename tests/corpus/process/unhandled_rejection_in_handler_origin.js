// An unhandled rejection with an 'uncaughtException' listener but no 'unhandledRejection' one.
process.on('uncaughtException', (err, origin) => console.log(origin, err.message));
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('process continues'), 1);
