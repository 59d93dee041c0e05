// parseArgs: booleans, strings, short options, positionals.
const { parseArgs } = require('util');
const options = { verbose: { type: 'boolean', short: 'v' }, name: { type: 'string', short: 'n' } };
console.log(parseArgs({ args: ['-v', '--name', 'bob', 'file.txt'], options, allowPositionals: true }));
console.log(parseArgs({ args: ['--name=alice'], options }));
console.log(parseArgs({ args: ['-nbob'], options }));
console.log(parseArgs({ args: ['-v', '--', '--name', 'x'], options, allowPositionals: true }));
