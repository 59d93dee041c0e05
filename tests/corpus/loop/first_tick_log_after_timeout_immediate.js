// console.log on both sides of setTimeout(0)/setImmediate: the timeout usually first.
console.log('start');
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
console.log('end');
