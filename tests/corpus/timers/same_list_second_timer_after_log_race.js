setTimeout(() => console.log('timeout A'), 0);
console.log('outside');
setTimeout(() => console.log('timeout B'), 1);
setImmediate(() => console.log('immediate'));
