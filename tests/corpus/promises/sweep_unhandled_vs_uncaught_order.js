process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
process.on('uncaughtException', (e, origin) => console.log('uncaughtException', e.message, origin));
Promise.reject(new Error('rej'));
setTimeout(() => { throw new Error('thrown'); }, 0);
process.nextTick(() => { throw new Error('tick throw'); });
setImmediate(() => console.log('imm'));
