setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
await Promise.resolve();
console.log('after await');
