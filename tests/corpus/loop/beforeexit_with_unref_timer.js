// An unref'd timer does not delay 'beforeExit' and does not run.
setTimeout(() => console.log('unref timer (never)'), 50).unref();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', () => console.log('exit'));
