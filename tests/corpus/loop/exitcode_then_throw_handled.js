// A handled uncaught exception does not change the exit code; process.exitCode does.
process.on('uncaughtException', (e) => console.log('handled', e.message));
process.on('exit', (code) => console.log('exit', code));
process.exitCode = 2;
setTimeout(() => { throw new Error('x'); }, 1);
