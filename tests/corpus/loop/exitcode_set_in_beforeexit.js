// process.exitCode can be set from 'beforeExit'.
process.on('beforeExit', () => { process.exitCode = 4; });
process.on('exit', (code) => console.log('exit', code));
