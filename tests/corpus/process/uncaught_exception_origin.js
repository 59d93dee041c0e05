// The second argument tells where the error came from.
process.on('uncaughtException', (err, origin) => console.log(origin, err.message));
setTimeout(() => { throw new Error('from timer'); }, 1);
process.on('exit', () => console.log('exit'));
