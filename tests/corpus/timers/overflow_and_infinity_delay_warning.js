setTimeout(() => console.log('huge'), 2 ** 31);
setTimeout(() => console.log('inf'), Infinity);
setTimeout(() => console.log('zero'), 0);
console.log('sync');
process.nextTick(() => console.log('tick'));
