// Without a listener, an unhandled rejection ends the process after the current drain.
process.on('exit', (code) => console.log('exit code', code));
Promise.reject(new Error('nobody catches this'));
process.nextTick(() => console.log('tick still runs'));
setTimeout(() => console.log('never'), 0);
