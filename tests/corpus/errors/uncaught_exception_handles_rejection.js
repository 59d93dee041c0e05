// Without an unhandledRejection listener, an uncaughtException listener receives the rejection with its origin.
process.on('uncaughtException', (e, origin) => console.log('uncaught', origin, e.message));
Promise.reject(new Error('as exception'));
setTimeout(() => console.log('continues'), 0);
