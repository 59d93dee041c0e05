// cork() holds writes until uncork(); the callbacks still run in order.
process.stdout.cork();
process.stdout.write('a\n', () => console.log('cb a'));
process.stdout.write('b\n', () => console.log('cb b'));
console.log('corked', process.stdout.writableCorked, process.stdout.writableLength > 0);
process.stdout.uncork();
console.log('uncorked', process.stdout.writableLength);
