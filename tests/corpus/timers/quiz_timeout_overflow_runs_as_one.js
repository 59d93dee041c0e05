setTimeout(() => console.log('overflow fired'), 2 ** 31);
setTimeout(() => console.log('max fine'), 0);
console.log('sync');
process.nextTick(() => console.log('tick'));
