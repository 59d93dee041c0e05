process.stdout.write('a\n', () => console.log('cb a'));
process.stdout.write('b\n', 'utf8', () => console.log('cb b'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
setImmediate(() => console.log('immediate'));
console.log('sync', process.stdout.write(''));
