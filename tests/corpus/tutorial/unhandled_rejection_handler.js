process.on('unhandledRejection', (reason) => console.log('unhandled:', reason.message));
Promise.reject(new Error('oops'));
setTimeout(() => console.log('still running'), 0);
process.nextTick(() => console.log('tick'));
