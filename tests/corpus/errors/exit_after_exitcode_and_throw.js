// An uncaught exception overrides process.exitCode: the exit code is 1.
process.exitCode = 5;
process.on('exit', (code) => console.log('exit', code));
throw new Error('overrides exitCode');
