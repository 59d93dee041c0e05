// An uncaughtException listener sees throws from a tick, the main rejection, a timer and an immediate, in loop order.
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
setTimeout(() => { throw new Error('timer'); }, 0);
setImmediate(() => { throw new Error('immediate'); });
process.nextTick(() => { throw new Error('tick'); });
Promise.reject(new Error('rej'));
setTimeout(() => console.log('after'), 100);
