process.on('uncaughtException', (e, origin) => console.log('uncaught', e.message, origin));
queueMicrotask(() => { throw new Error('qm boom'); });
queueMicrotask(() => console.log('next microtask'));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
