// A console.log before setTimeout(0)/setImmediate queues an afterWrite tick, drained after them: the timeout usually first.
console.log('start');
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
