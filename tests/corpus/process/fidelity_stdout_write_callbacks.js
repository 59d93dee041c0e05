// process.stdout.write's callback runs after the write completes: after the current tick queue.
process.stdout.write('one\n', () => console.log('callback one'));
process.stdout.write('two\n', () => console.log('callback two'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
