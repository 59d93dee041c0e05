// A natural exit gives the listeners 0 and leaves process.exitCode undefined.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => console.log('timer'), 1);
