// 'uncaughtExceptionMonitor' sees the error before 'uncaughtException'.
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', origin, err.message));
process.on('uncaughtException', (err) => console.log('handler', err.message));
setImmediate(() => { throw new Error('boom'); });
