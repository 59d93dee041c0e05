// Only an unref'd timer is pending: the loop is not alive, 'exit' fires and the timer never runs.
setTimeout(() => console.log('never'), 5).unref();
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
