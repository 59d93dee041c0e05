// Without an 'unhandledRejection' listener, the rejection is raised as an uncaught exception with origin 'unhandledRejection'.
process.on('uncaughtException', (err, origin) => console.log('uncaughtException:', err.message, origin));
Promise.reject(new Error('via rejection'));
