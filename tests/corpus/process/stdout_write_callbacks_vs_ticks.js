process.stdout.write('a\n', () => console.log('write cb a'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
setImmediate(() => console.log('imm'));
process.stdout.write('b\n', () => console.log('write cb b'));
console.log('sync');
