// parseArgs: multiple values and defaults.
const { parseArgs } = require('util');
const options = { tag: { type: 'string', short: 't', multiple: true }, color: { type: 'string', default: 'red' }, dry: { type: 'boolean', default: false } };
console.log(parseArgs({ args: ['-t', 'a', '--tag', 'b', '--tag=c'], options }));
console.log(parseArgs({ args: ['--color', 'blue', '--dry'], options }));
console.log(parseArgs({ args: [], options }));
