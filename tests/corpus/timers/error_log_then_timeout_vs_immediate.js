// console.error builds process.stderr the same way.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
console.error('main (stderr)');
