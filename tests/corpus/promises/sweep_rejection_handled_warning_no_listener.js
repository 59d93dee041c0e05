const p = Promise.reject(new Error('late2'));
process.on('unhandledRejection', () => console.log('unhandled'));
setTimeout(() => { p.catch(() => console.log('caught late')); }, 1);
setTimeout(() => console.log('after'), 3);
