const p = Promise.reject(new Error('late'));
process.on('unhandledRejection', () => console.log('unhandled'));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
setTimeout(() => { p.catch((e) => console.log('caught', e.message)); }, 1);
