// setTimeout(0) against setImmediate with nothing else in the main script: the immediate usually first.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
