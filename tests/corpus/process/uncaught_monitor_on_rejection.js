process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('exit', c => console.log('exit', c));
Promise.reject(new Error('monitored rejection'));
