process.on('unhandledRejection', () => console.log('unhandledRejection'));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
const p = Promise.reject(new Error('late'));
setTimeout(() => { p.catch(() => console.log('caught late')); }, 1);
