// process.stdout.write returns true and calls its callback after the write.
const r = process.stdout.write('one\n', () => console.log('callback one'));
console.log('returned', r);
process.stdout.write('two\n', 'utf8', () => console.log('callback two'));
process.stdout.write(Buffer.from('three\n'));
process.stdout.write(new Uint8Array([102, 111, 117, 114, 10]));
process.nextTick(() => console.log('tick'));
