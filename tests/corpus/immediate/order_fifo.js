// Immediates run in the order they were created.
setImmediate(() => console.log('A'));
setImmediate(() => console.log('B'));
setImmediate(() => console.log('C'));
console.log('sync');
