// process.stderr.write goes to stderr, with its callback after.
process.stderr.write('to stderr\n', () => console.log('stderr callback'));
console.log('stdout line');
console.error('console.error line');
