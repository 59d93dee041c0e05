process.on('unhandledRejection', (r) => console.log('uR', r.message));
process.on('exit', c => console.log('exit', c, process.listenerCount('exit')));
console.log('exit listeners', process.listenerCount('exit'));
throw new Error('esm throw');
