const p = Promise.reject(new Error('e'));
process.nextTick(() => p.catch((e) => console.log('caught in tick', e.message)));
process.on('unhandledRejection', () => console.log('unhandled?'));
setImmediate(() => console.log('imm'));
