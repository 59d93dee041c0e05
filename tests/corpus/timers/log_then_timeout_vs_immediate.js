// The first console.log builds process.stdout, which takes Node milliseconds: a 0 ms timer
// armed before it is due when the loop first looks.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
console.log('main');
