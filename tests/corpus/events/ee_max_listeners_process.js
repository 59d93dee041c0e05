// The warning names the emitter as inspect shows it at depth -1: [process] for process.
for (let i = 0; i < 11; i++) process.on('SIGUSR2', () => {});
console.log('done');
