process.on('exit', () => console.log('exit'));
setTimeout(() => console.log('timeout'), 0);
console.log('main');
