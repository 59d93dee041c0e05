// Helper (forked): says hello, reports 'disconnect' by its exit code.
process.on('message', () => {});
process.on('disconnect', () => { process.exitCode = 7; });
process.send('hello');
