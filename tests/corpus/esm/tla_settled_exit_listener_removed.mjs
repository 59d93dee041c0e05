// Once the module's evaluation settled, run_main's 'exit' listener is gone.
console.log('during', process.listenerCount('exit'));
await null;
setTimeout(() => console.log('later', process.listenerCount('exit')), 0);
