// A delay above 2^31-1 prints a TimeoutOverflowWarning on stderr and is set to 1ms.
setTimeout(() => console.log('big delay fired'), 2 ** 31);
setTimeout(() => console.log('5ms fired'), 5);
console.log('scheduled');
