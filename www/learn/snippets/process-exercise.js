// Exercise: order the lines.
process.on('exit', () => console.log('exit'));
process.on('beforeExit', () => console.log('beforeExit'));
setTimeout(() => console.log('timeout'), 0);
console.log('main');
