// Nothing pending after the script and its microtasks: the process exits right away with code 0.
process.on('exit', (code) => console.log('exit', code));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
console.log('script');
