// beforeExit receives process.exitCode.
process.exitCode = 3;
process.once('beforeExit', (code) => console.log('beforeExit with', code));
process.on('exit', (code) => console.log('exit with', code));
