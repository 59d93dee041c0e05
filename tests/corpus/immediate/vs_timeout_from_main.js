// setImmediate vs setTimeout(0) from the main module: a race (depends on how long startup took).
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
