// process.on('uncaughtException') keeps the process alive; later timers still run, exit code 0.
process.on('uncaughtException', (err, origin) => console.log('handler:', err.message, origin));
setTimeout(() => { throw new Error('timer failed'); }, 1);
setTimeout(() => console.log('later timer runs'), 5);
