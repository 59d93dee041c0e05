process.on('uncaughtException', (e) => console.log('caught', e.message));
queueMicrotask(() => { throw new Error('qm boom'); });
Promise.resolve().then(() => console.log('then after'));
setImmediate(() => console.log('immediate'));
