setTimeout(() => console.log('timeout'), 0);
console.log('one');
console.log('two');
